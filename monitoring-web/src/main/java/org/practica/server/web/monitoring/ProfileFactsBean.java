package org.practica.server.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.monitoring.application.ProfileConsents;
import org.practica.monitoring.application.ProfileFactsView;
import org.practica.monitoring.domain.profile.ProfileFacts;
import org.practica.server.web.support.FacesFeedback;

import java.time.Instant;

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

    private String sex;
    private String ageBand;
    private String region;
    private String profession;
    private String organisationType;
    private boolean consent;
    private Instant consentedAt;
    private boolean given;

    public void load() {
        consents.mine(caller.get()).map(ProfileFactsView::of).ifPresent(f -> {
            sex = f.sex();
            ageBand = f.ageBand();
            region = f.region();
            profession = f.profession();
            organisationType = f.organisationType();
            consentedAt = f.consentedAt();
            given = true;
        });
        consent = given || consents.consented(caller.get());
    }

    public String save() {
        try {
            consents.state(caller.get(), new ProfileFacts.Statement(sex, ageBand, region, profession, organisationType, consent));
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

    public boolean isGiven() { return given; }
    public Instant getConsentedAt() { return consentedAt; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getAgeBand() { return ageBand; }
    public void setAgeBand(String ageBand) { this.ageBand = ageBand; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getProfession() { return profession; }
    public void setProfession(String profession) { this.profession = profession; }
    public String getOrganisationType() { return organisationType; }
    public void setOrganisationType(String organisationType) { this.organisationType = organisationType; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
