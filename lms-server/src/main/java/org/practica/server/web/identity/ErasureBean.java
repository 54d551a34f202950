package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Erasures;
import org.practica.server.web.support.FacesFeedback;

import java.util.Optional;

/** A person's own erasure request on my-data.xhtml: asking (after a confirmation), its state, withdrawing it. */
@Named("erasure")
@RequestScoped
public class ErasureBean {

    @Inject
    Erasures erasures;

    private Optional<Erasures.ErasureView> latest;

    public Erasures.ErasureView getLatest() {
        if (latest == null) {
            latest = erasures.latest(FacesFeedback.signedIn());
        }
        return latest.orElse(null);
    }

    public boolean isWaiting() {
        Erasures.ErasureView e = getLatest();
        return e != null && e.status().equals("REQUESTED");
    }

    public String request() {
        erasures.request(FacesFeedback.signedIn());
        FacesFeedback.infoAfterRedirect("erasure.requested");
        return "/my-data.xhtml?faces-redirect=true";
    }

    public String withdraw() {
        erasures.withdraw(FacesFeedback.signedIn());
        FacesFeedback.infoAfterRedirect("erasure.withdrawnNotice");
        return "/my-data.xhtml?faces-redirect=true";
    }
}
