package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.assessments.domain.exchange.EmbeddedFile;
import org.practica.assessments.domain.exchange.ExportedQuestion;
import org.practica.assessments.domain.exchange.ImportPreview;
import org.practica.assessments.domain.exchange.ImportProblem;
import org.practica.assessments.domain.exchange.ImportedQuestion;
import org.practica.assessments.domain.exchange.PluginFileLinks;
import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.courses.application.CourseMedia;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.media.MediaAsset;
import org.practica.courses.domain.media.MediaListing;
import org.practica.kernel.Actor;
import org.practica.kernel.InvalidInput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Files inside questions. Files embedded in a Moodle file become the course's media, under the
 * checks every upload passes, and the questions link to them there; exported to Moodle XML, the
 * media a question links to travel inside the file again, linked the way Moodle links them.
 */
@ApplicationScoped
public class QuestionFiles {

    @Inject
    CourseMedia media;

    /** The preview with every question whose files could not become media moved to the problems, one per file. */
    ImportPreview checked(Actor trainer, CourseId course, ImportPreview read) {
        List<ImportedQuestion> fine = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        for (ImportedQuestion q : read.questions()) {
            List<ImportProblem> refused = new ArrayList<>();
            for (EmbeddedFile f : q.files()) {
                try {
                    media.check(trainer, course, f.name(), f.content());
                } catch (InvalidInput e) {
                    List<Object> arguments = new ArrayList<>(List.of(f.name()));
                    arguments.addAll(List.of(e.arguments()));
                    refused.add(new ImportProblem(q.line(), e.messageKey().replace("media.", "exchange.embedded."), arguments));
                }
            }
            if (refused.isEmpty()) {
                fine.add(q);
            } else {
                problems.addAll(refused);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return new ImportPreview(fine, problems, read.categories());
    }

    /**
     * For a preview, before anything is stored: each embedded image's link with the image itself
     * as a data address, so that the trainer sees the picture learners will see.
     */
    Map<String, String> previewImages(Actor trainer, CourseId course, ImportedQuestion q) {
        Map<String, String> images = new HashMap<>();
        for (EmbeddedFile f : q.files()) {
            String type = media.check(trainer, course, f.name(), f.content());
            if (type.startsWith("image/")) {
                String data = "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(f.content());
                f.links().forEach(link -> images.put(link, data));
            }
        }
        return images;
    }

    /** The question as it is stored: its files kept as course media, its links going there. */
    QuestionDefinition stored(Actor trainer, CourseId course, ImportedQuestion q) {
        if (q.files().isEmpty()) {
            return q.definition();
        }
        Map<EmbeddedFile, String> addresses = new LinkedHashMap<>();
        for (EmbeddedFile f : q.files()) {
            MediaListing asset = media.store(trainer, course, f.name(), f.content());
            addresses.put(f, MediaAsset.path(asset.id(), asset.fileName()));
        }
        return q.definition().withTexts(text -> PluginFileLinks.replace(text, addresses));
    }

    /**
     * The question for a Moodle XML file: the course media its texts link to inside it, linked as
     * Moodle links embedded files. Links to anything else stay as they are.
     */
    ExportedQuestion withFiles(Actor trainer, CourseId course, CategoryPath category, QuestionDefinition d) {
        Map<Long, EmbeddedFile> files = new LinkedHashMap<>();
        for (String text : d.texts()) {
            for (Long id : PluginFileLinks.mediaIn(text).keySet()) {
                if (!files.containsKey(id)) {
                    Optional<MediaAsset> asset = media.inCourse(trainer, course, id);
                    asset.ifPresent(a -> files.put(id, new EmbeddedFile("/", a.fileName(), a.content())));
                }
            }
        }
        if (files.isEmpty()) {
            return new ExportedQuestion(category, d);
        }
        Map<Long, String> links = new HashMap<>();
        files.forEach((id, f) -> links.put(id, f.link()));
        QuestionDefinition linked = d.withTexts(text -> PluginFileLinks.replaceMedia(text, links::get));
        return new ExportedQuestion(category, linked, List.copyOf(new java.util.LinkedHashSet<>(files.values())));
    }
}
