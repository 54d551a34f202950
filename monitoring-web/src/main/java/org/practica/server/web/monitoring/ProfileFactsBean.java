package org.practica.server.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.monitoring.application.ProfileConsents;
import org.practica.monitoring.application.ProfileFactsView;
import org.practica.server.web.support.FacesFeedback;

import java.util.Optional;

/**
 * One's own facts for programme reports (profile-facts.xhtml): what each is for, the facts as
 * given, saving them with consent, and withdrawing after asking. Every refused field is said
 * beside it, all at once.
 */
@Named("profileFacts")
@RequestScoped
public class ProfileFactsBean {

    @Inject
    ProfileConsents consents;

    @Inject
    Caller caller;

    private final TypedFacts facts = new TypedFacts();
    private boolean consent;
    private Optional<ProfileFactsView> given;

    /** On opening the page (not on a post back, which keeps what was chosen): the facts as given. */
    public void load() {
        getGiven().ifPresent(facts::fill);
        consent = getGiven().isPresent() || consents.consented(caller.get());
    }

    /** The facts as stored; read on a post back too, so the withdrawal button exists when it is pressed. */
    public Optional<ProfileFactsView> getGiven() {
        if (given == null) {
            given = consents.mine(caller.get()).map(ProfileFactsView::of);
        }
        return given;
    }

    public String save() {
        try {
            consents.state(caller.get(), facts.statement(consent));
        } catch (InvalidInput refused) {
            FacesFeedback.atField("factsForm", refused);
            return null;
        }
        FacesFeedback.infoAfterRedirect("profile.saved");
        return "/profile-facts.xhtml?faces-redirect=true";
    }

    public String withdraw() {
        consents.withdraw(caller.get());
        FacesFeedback.infoAfterRedirect("profile.withdrawn");
        return "/profile-facts.xhtml?faces-redirect=true";
    }

    public boolean isStated() { return getGiven().isPresent(); }
    public TypedFacts getFacts() { return facts; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
