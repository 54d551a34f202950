package org.practica.server.web.courses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.practica.courses.application.CourseTranslations;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.UploadedFile;

import java.util.List;
import java.util.stream.Stream;

/**
 * The course editor's translation card: an XLIFF 2.0 file to export for each language the course
 * could be translated into, and the import of a translated file, with what it wrote and what it
 * refused said in one notice.
 */
@Named("courseTranslation")
@RequestScoped
public class CourseTranslationBean {

    private static final String FORM = "translationForm";

    @Inject
    CourseEditorBean editor;

    @Inject
    CourseTranslations translations;

    @Inject
    Caller caller;

    private Part file;

    /** Every content language but the course's own, each a file to export. */
    public List<ContentLanguage> getTargets() {
        return Stream.of(ContentLanguage.values()).filter(l -> !l.code().equals(editor.getPrimaryLanguage())).toList();
    }

    public String importFile() {
        try {
            CourseTranslations.Imported done = translations.importTranslation(caller.get(), new CourseId(editor.getId()),
                    UploadedFile.text(file, CourseTranslations.MAX_FILE_BYTES));
            String language = ContentLanguage.of("language", done.language()).nativeName();
            if (done.refused().isEmpty()) {
                FacesFeedback.infoAfterRedirect("editor.translation.imported", done.translated(), language);
            } else {
                FacesFeedback.infoAfterRedirect("editor.translation.importedWithRefusals", done.translated(), language,
                        String.join(", ", done.refused()));
            }
            return "/author/course.xhtml?faces-redirect=true&id=" + editor.getId() + "&lang=" + done.language();
        } catch (InvalidInput | NotFound | NotPermitted e) {
            FacesFeedback.refused(FORM, e);
            return null;
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
