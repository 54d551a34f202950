package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.identity.application.MailDeliveries;
import org.practica.identity.domain.notification.MailStatus;
import org.practica.identity.infrastructure.NoticeLetters;
import org.practica.kernel.NotFound;
import org.practica.server.web.support.FacesFeedback;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Delivery status for administrators (admin/mail.xhtml): counts per status, the newest e-mails
 * with their failures, one e-mail's words, and another try; without a mail server, the e-mails
 * that would have gone.
 */
@Named("mailDeliveries")
@RequestScoped
public class MailDeliveriesBean {

    @Inject
    MailDeliveries deliveries;

    @Inject
    NoticeLetters letters;

    @Inject
    Caller caller;

    private String status;
    private Long mail;
    private MailDeliveries.Report report;
    private Letter letter;
    private boolean letterRead;

    /** One e-mail's words as it would go now. */
    public record Letter(String to, String subject, String text) {
    }

    public MailDeliveries.Report getReport() {
        if (report == null) {
            report = deliveries.report(caller.get(), chosenStatus());
        }
        return report;
    }

    public Letter getLetter() {
        if (!letterRead && mail != null) {
            letterRead = true;
            try {
                letter = deliveries.read(caller.get(), mail).map(l -> {
                    NoticeLetters.Composed c = letters.compose(l);
                    return new Letter(l.address(), c.subject(), c.text());
                }).orElse(null);
                if (letter == null) {
                    FacesFeedback.error("mail.noAddress");
                }
            } catch (NotFound e) {
                FacesFeedback.error(e.messageKey());
            }
        }
        return letter;
    }

    public String retry(long id) {
        try {
            deliveries.tryAgain(caller.get(), id);
            FacesFeedback.infoAfterRedirect("mail.admin.retried");
        } catch (NotFound e) {
            FacesFeedback.error(e.messageKey());
            return null;
        } catch (IllegalStateException settledMeanwhile) {
            FacesFeedback.error("mail.admin.notRetriable");
            return null;
        }
        return "/admin/mail.xhtml?faces-redirect=true" + (status == null || status.isBlank() ? "" : "&status=" + chosenStatus().map(Enum::name).orElse(""));
    }

    public List<String> getStatuses() {
        return Arrays.stream(MailStatus.values()).map(Enum::name).toList();
    }

    public boolean isConfigured() {
        return deliveries.mailServerConfigured();
    }

    private Optional<MailStatus> chosenStatus() {
        return Arrays.stream(MailStatus.values()).filter(s -> s.name().equals(status)).findFirst();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getMail() {
        return mail;
    }

    public void setMail(Long mail) {
        this.mail = mail;
    }
}
