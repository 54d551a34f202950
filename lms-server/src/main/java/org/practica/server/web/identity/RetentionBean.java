package org.practica.server.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.OrganisationView;
import org.practica.identity.application.RetentionRuns;
import org.practica.identity.application.UserAdministration;
import org.practica.identity.domain.RetentionRules;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;
import org.practica.server.web.support.TypedNumber;

import java.io.Serializable;
import java.util.List;

/**
 * An organisation's retention (admin/retention.xhtml): its rules, a review of what they would
 * remove now, applying that review after a confirmation, and the runs so far.
 */
@Named("retention")
@ViewScoped
public class RetentionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RetentionRuns runs;

    @Inject
    transient UserAdministration administration;

    private Long organisation;
    private String organisationName;
    private String mentoringTextYears;
    private String inactiveAccountYears;
    private final FieldRefusal refusal = new FieldRefusal();
    private transient List<RetentionRuns.RunView> history;

    public void load() {
        String actor = FacesFeedback.signedIn();
        OrganisationView chosen = administration.organisations(actor).stream()
                .filter(o -> organisation == null || o.id() == organisation).findFirst().orElse(null);
        if (chosen == null) {
            FacesFeedback.error("organisation.notFound");
            return;
        }
        organisation = chosen.id();
        organisationName = chosen.name();
        if (mentoringTextYears == null && inactiveAccountYears == null) {
            RetentionRules rules = runs.rules(actor, organisation);
            mentoringTextYears = rules.mentoringTextYears() == null ? "" : rules.mentoringTextYears().toString();
            inactiveAccountYears = rules.inactiveAccountYears() == null ? "" : rules.inactiveAccountYears().toString();
        }
    }

    public String save() {
        try {
            Refusals typed = new Refusals();
            Integer texts = typed.check(() -> years("mentoringTextYears", mentoringTextYears));
            Integer unused = typed.check(() -> years("inactiveAccountYears", inactiveAccountYears));
            typed.throwIfAny();
            runs.keep(FacesFeedback.signedIn(), organisation, new RetentionRules(texts, unused));
            FacesFeedback.infoAfterRedirect("retention.saved", organisationName);
            return page();
        } catch (InvalidInput e) {
            refusal.refuse(e);
            return null;
        }
    }

    /** Years as typed: blank keeps for ever; the rules check the range. */
    private static Integer years(String field, String typed) {
        Long years = TypedNumber.whole(field, typed, "validation.number");
        return years == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, years));
    }

    public String review() {
        RetentionRuns.RunView run = runs.review(FacesFeedback.signedIn(), organisation);
        FacesFeedback.infoAfterRedirect("retention.reviewedNotice", run.items());
        return page();
    }

    public String apply() {
        RetentionRuns.RunView latest = getHistory().isEmpty() ? null : getHistory().get(0);
        if (latest != null) {
            runs.apply(FacesFeedback.signedIn(), latest.id());
            FacesFeedback.infoAfterRedirect("retention.applying");
        }
        return page();
    }

    private String page() {
        return "/admin/retention.xhtml?faces-redirect=true&organisation=" + organisation;
    }

    public List<RetentionRuns.RunView> getHistory() {
        if (history == null) {
            history = organisation == null ? List.of() : runs.runsOf(FacesFeedback.signedIn(), organisation);
        }
        return history;
    }

    public RetentionRuns.RunView getLatest() {
        return getHistory().isEmpty() ? null : getHistory().get(0);
    }

    public boolean isApplying() {
        return getHistory().stream().anyMatch(r -> r.status().equals("APPLYING"));
    }

    public String error(String field) {
        return refusal.atField(field);
    }

    public Long getOrganisation() { return organisation; }
    public void setOrganisation(Long organisation) { this.organisation = organisation; }
    public String getOrganisationName() { return organisationName; }
    public String getMentoringTextYears() { return mentoringTextYears; }
    public void setMentoringTextYears(String v) { this.mentoringTextYears = v; }
    public String getInactiveAccountYears() { return inactiveAccountYears; }
    public void setInactiveAccountYears(String v) { this.inactiveAccountYears = v; }
}
