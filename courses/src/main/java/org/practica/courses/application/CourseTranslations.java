package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseModule;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.course.CourseText;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.course.Lesson;
import org.practica.courses.domain.course.LessonText;
import org.practica.courses.domain.course.LessonWords;
import org.practica.documents.Xliff;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course out to translators and back, as XLIFF 2.0: every text of the latest version in its main
 * language is a unit (the title and summary, each module's title, each lesson's title, text and
 * content note), with the target language's text where there is one. A translation comes back as
 * that language's version of the draft. A unit whose source no longer matches the course (a
 * trainer changed it after the export) is refused by id, so a stale translation never lands.
 */
@ApplicationScoped
@Transactional
public class CourseTranslations {

    /** The largest translation file read: room for a long course's texts twice (source and target). */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    /** What an import did: the language, how many texts it wrote, and the units it refused by id. */
    public record Imported(String language, int translated, List<String> refused) {
    }

    @Inject
    CourseRepository courses;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String export(Actor author, CourseId id, String language) {
        Course course = CourseAuthoring.authored(courses, author, id);
        CourseVersion version = course.latest();
        ContentLanguage source = version.primaryLanguage();
        ContentLanguage target = target(language, source);
        List<Xliff.Unit> units = new ArrayList<>();
        sources(version).forEach((unit, text) -> units.add(new Xliff.Unit(unit, text, targetOf(version, unit, target).orElse(null))));
        return Xliff.write(source.code(), target.code(), "course-" + id.value(), units);
    }

    public Imported importTranslation(Actor author, CourseId id, String file) {
        Course course = CourseAuthoring.authored(courses, author, id);
        Xliff.Document doc = Xliff.readFor("file", file);
        CourseVersion version = course.latest();
        ContentLanguage source = version.primaryLanguage();
        if (!source.code().equalsIgnoreCase(doc.sourceLanguage())) {
            throw new InvalidInput("file", "translation.sourceLanguage", doc.sourceLanguage(), source.code());
        }
        ContentLanguage target = target(doc.targetLanguage(), source);
        Map<String, String> current = sources(version);
        Map<String, String> accepted = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (Xliff.Unit unit : doc.units()) {
            String now = current.get(unit.id());
            if (now == null || !Xliff.sameText(now, unit.source())) {
                refused.add(unit.id());
            } else if (unit.target() != null && !unit.target().isBlank()) {
                accepted.put(unit.id(), unit.target().strip());
            }
        }
        if (!accepted.isEmpty()) {
            write(author, course, target, accepted);
            audit.record(author.username(), "course.translated", CourseAuthoring.subject(id),
                    target.code() + ": " + accepted.size() + " texts" + (refused.isEmpty() ? "" : ", refused " + refused));
        }
        return new Imported(target.code(), accepted.size(), List.copyOf(refused));
    }

    private void write(Actor author, Course course, ContentLanguage target, Map<String, String> texts) {
        CourseVersion version = course.latest();
        if (!version.languages().contains(target)) {
            List<ContentLanguage> languages = new ArrayList<>(version.languages());
            languages.add(target);
            course.configure(author, version.settings().revisedWith(languages, null, null, null, null));
        }
        if (texts.containsKey("course.title") || texts.containsKey("course.summary")) {
            CourseText known = version.texts().get(target.code());
            String title = texts.getOrDefault("course.title", known == null ? null : known.title());
            String summary = texts.getOrDefault("course.summary", known == null ? null : known.summary());
            course.describe(author, target, title, summary);
        }
        for (CourseModule module : version.modules()) {
            String title = texts.get("module." + module.key().value() + ".title");
            if (title != null) {
                course.retitleModule(author, module.key(), target, title);
            }
            for (Lesson lesson : module.lessons()) {
                writeLesson(author, course, lesson, version.primaryLanguage(), target, texts);
            }
        }
    }

    /** A lesson's version in the target language: the texts translated now, else those it had; its video stays the original's. */
    private static void writeLesson(Actor author, Course course, Lesson lesson, ContentLanguage source, ContentLanguage target,
                                    Map<String, String> texts) {
        String stem = "lesson." + lesson.key().value() + ".";
        if (!texts.containsKey(stem + "title") && !texts.containsKey(stem + "text") && !texts.containsKey(stem + "note")) {
            return;
        }
        Optional<LessonText> known = lesson.text(target);
        LessonText original = lesson.text(source).orElseThrow();
        String title = texts.getOrDefault(stem + "title", known.map(LessonText::title).orElse(null));
        String body = texts.getOrDefault(stem + "text", known.map(t -> t.body().html()).orElse(null));
        String note = texts.getOrDefault(stem + "note", known.map(LessonText::contentNote).orElse(null));
        if (title == null || body == null) {
            throw new InvalidInput("file", "translation.lessonIncomplete", original.title());
        }
        course.writeLesson(author, lesson.key(), target, new LessonWords(title, body, original.videoUrl(), note));
    }

    /** Every translatable text of the version in its main language, by unit id, in reading order. */
    private static Map<String, String> sources(CourseVersion version) {
        Map<String, String> units = new LinkedHashMap<>();
        CourseText text = version.text(version.primaryLanguage());
        units.put("course.title", text.title());
        if (text.summary() != null) {
            units.put("course.summary", text.summary());
        }
        for (CourseModule module : version.modules()) {
            module.title(version.primaryLanguage()).ifPresent(t -> units.put("module." + module.key().value() + ".title", t));
            for (Lesson lesson : module.lessons()) {
                lesson.text(version.primaryLanguage()).ifPresent(t -> {
                    String stem = "lesson." + lesson.key().value() + ".";
                    units.put(stem + "title", t.title());
                    units.put(stem + "text", t.body().html());
                    if (t.contentNote() != null) {
                        units.put(stem + "note", t.contentNote());
                    }
                });
            }
        }
        return units;
    }

    /** The target language's text of a unit, where the version has one. */
    private static Optional<String> targetOf(CourseVersion version, String unit, ContentLanguage target) {
        String[] parts = unit.split("\\.");
        return switch (parts[0]) {
            case "course" -> Optional.ofNullable(version.texts().get(target.code()))
                    .map(t -> parts[1].equals("title") ? t.title() : t.summary());
            case "module" -> version.module(new ContentKey(parts[1])).flatMap(m -> m.title(target));
            case "lesson" -> version.lesson(new ContentKey(parts[1])).flatMap(l -> l.text(target)).map(t -> switch (parts[2]) {
                case "title" -> t.title();
                case "text" -> t.body().html();
                default -> t.contentNote();
            });
            default -> Optional.empty();
        };
    }

    private static ContentLanguage target(String code, ContentLanguage source) {
        ContentLanguage target = ContentLanguage.of("language", code);
        if (target == source) {
            throw new InvalidInput("language", "translation.sameLanguage", code);
        }
        return target;
    }
}
