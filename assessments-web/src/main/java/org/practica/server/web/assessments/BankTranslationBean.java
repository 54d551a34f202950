package org.practica.server.web.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.practica.assessments.application.BankTranslations;
import org.practica.assessments.domain.bank.BankId;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.UploadedFile;


/** The bank page's translation card: import a translated XLIFF file and say what it translated and what it refused. */
@Named("bankTranslation")
@RequestScoped
public class BankTranslationBean {

    @Inject
    QuestionBanksBean page;

    @Inject
    BankTranslations translations;

    @Inject
    Caller caller;

    private Part file;

    public String importFile() {
        try {
            BankTranslations.Imported done = translations.importTranslation(caller.get(), new BankId(page.getBank()),
                    UploadedFile.text(file, BankTranslations.MAX_FILE_BYTES));
            String language = ContentLanguage.of("language", done.language()).nativeName();
            if (done.refused().isEmpty()) {
                FacesFeedback.infoAfterRedirect("bank.translation.imported", done.questions(), language);
            } else {
                FacesFeedback.infoAfterRedirect("bank.translation.importedWithRefusals", done.questions(), language,
                        String.join(", ", done.refused()));
            }
            return "/author/questions.xhtml?faces-redirect=true&id=" + page.getId() + "&bank=" + page.getBank();
        } catch (InvalidInput | NotFound | NotPermitted e) {
            FacesFeedback.refused("translationForm", e);
            return null;
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
