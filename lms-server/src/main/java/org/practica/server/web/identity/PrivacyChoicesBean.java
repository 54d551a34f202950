package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.PrivacyNotices;
import org.practica.server.web.support.FacesFeedback;

import java.util.List;

/** The privacy part of one's account page: which notice one accepted, and the optional consents. */
@Named("privacyChoices")
@RequestScoped
public class PrivacyChoicesBean {

    @Inject
    PrivacyNotices notices;

    private PrivacyNotices.Standing standing;
    private List<PrivacyNotices.ConsentView> consents;
    private boolean statistics;
    private boolean statisticsRead;

    public PrivacyNotices.Standing getStanding() {
        if (standing == null) {
            standing = notices.standing(FacesFeedback.signedIn());
        }
        return standing;
    }

    /** When the person accepted the version they accepted last, or null. */
    public java.time.Instant getAcceptedAt() {
        var all = getStanding().acceptances();
        return all.isEmpty() ? null : all.get(all.size() - 1).at();
    }

    public List<PrivacyNotices.ConsentView> getConsents() {
        if (consents == null) {
            consents = notices.consents(FacesFeedback.signedIn());
        }
        return consents;
    }

    public boolean isStatistics() {
        return statisticsRead ? statistics : getConsents().stream().anyMatch(c -> c.purpose().equals("STATISTICS") && c.granted());
    }

    public void setStatistics(boolean statistics) {
        this.statistics = statistics;
        this.statisticsRead = true;
    }

    public String save() {
        consents = notices.choose(FacesFeedback.signedIn(), "STATISTICS", statistics);
        FacesFeedback.infoAfterRedirect(statistics ? "consent.savedGiven" : "consent.savedWithdrawn");
        return "/account.xhtml?faces-redirect=true";
    }
}
