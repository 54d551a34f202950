package org.practica.server.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Erasures;
import org.practica.kernel.InvalidInput;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;

import java.io.Serializable;
import java.util.List;

/**
 * Erasure requests awaiting an administrator (admin/erasures.xhtml): the list, and for the one
 * chosen an approval (after a confirmation: it cannot be undone) or a refusal with its reason.
 */
@Named("erasureRequests")
@ViewScoped
public class ErasureRequestsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Erasures erasures;

    private Long request;
    private String reason;
    private final FieldRefusal refusal = new FieldRefusal();
    private transient List<Erasures.WaitingErasure> waiting;

    public List<Erasures.WaitingErasure> getWaiting() {
        if (waiting == null) {
            waiting = erasures.waiting(FacesFeedback.signedIn());
        }
        return waiting;
    }

    /** The request being decided, if it still waits and is within reach. */
    public Erasures.WaitingErasure getChosen() {
        return request == null ? null : getWaiting().stream().filter(w -> w.id() == request).findFirst().orElse(null);
    }

    public String approve() {
        Erasures.WaitingErasure chosen = getChosen();
        if (chosen != null) {
            Erasures.ErasureOutcome done = erasures.approve(FacesFeedback.signedIn(), chosen.id());
            FacesFeedback.infoAfterRedirect("erasure.approvedNotice", done.pseudonym());
        }
        return "/admin/erasures.xhtml?faces-redirect=true";
    }

    public String refuse() {
        Erasures.WaitingErasure chosen = getChosen();
        if (chosen == null) {
            return "/admin/erasures.xhtml?faces-redirect=true";
        }
        try {
            erasures.refuse(FacesFeedback.signedIn(), chosen.id(), reason);
            FacesFeedback.infoAfterRedirect("erasure.refusedNotice", chosen.username());
            return "/admin/erasures.xhtml?faces-redirect=true";
        } catch (InvalidInput e) {
            refusal.refuse(e);
            return null;
        }
    }

    public String error(String field) {
        return refusal.atField(field);
    }

    public Long getRequest() { return request; }
    public void setRequest(Long request) { this.request = request; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
