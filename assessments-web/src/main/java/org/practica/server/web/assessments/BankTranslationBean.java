package org.practica.server.web.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.practica.assessments.application.BankTranslations;
import org.practica.assessments.domain.bank.BankId;
import org.practica.documents.UploadedText;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
            if (file == null || file.getSize() == 0) {
                throw new InvalidInput("file", "exchange.file.empty");
            }
            if (file.getSize() > BankTranslations.MAX_FILE_BYTES) {
                throw new InvalidInput("file", "body.tooLarge", BankTranslations.MAX_FILE_BYTES / 1024);
            }
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = in.readNBytes(BankTranslations.MAX_FILE_BYTES);
            }
            BankTranslations.Imported done = translations.importTranslation(caller.get(), new BankId(page.getBank()),
                    UploadedText.utf8("file", bytes));
            String language = ContentLanguage.of("language", done.language()).nativeName();
            if (done.refused().isEmpty()) {
                FacesFeedback.infoAfterRedirect("bank.translation.imported", done.questions(), language);
            } else {
                FacesFeedback.infoAfterRedirect("bank.translation.importedWithRefusals", done.questions(), language,
                        String.join(", ", done.refused()));
            }
            return "/author/questions.xhtml?faces-redirect=true&id=" + page.getId() + "&bank=" + page.getBank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInput | NotFound | NotPermitted e) {
            FacesFeedback.refused("translationForm", e);
            return null;
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
