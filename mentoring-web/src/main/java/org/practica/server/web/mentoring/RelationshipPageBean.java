package org.practica.server.web.mentoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.practica.kernel.Day;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.mentoring.application.CompetencyView;
import org.practica.mentoring.application.RelationshipDraft;
import org.practica.mentoring.application.RelationshipView;
import org.practica.mentoring.application.SessionView;
import org.practica.mentoring.application.TotalsView;
import org.practica.mentoring.domain.relationship.RelationshipStatus;
import org.practica.mentoring.domain.session.SessionStatus;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PostedId;
import org.practica.server.web.support.TypedNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One mentoring relationship (mentoring/relationship.xhtml): its plan and hours, its sessions with
 * what each reader may do next, the form the pair log a session with, and the forms to re-plan or
 * end it.
 */
@Named("relationshipPage")
@ViewScoped
public class RelationshipPageBean extends SupervisionPage {

    private static final long serialVersionUID = 1L;

    private Long id;
    private LocalDate planStartsOn;
    private LocalDate planEndsOn;
    private String planGoals;
    private LocalDate endOn = LocalDate.now(ZoneOffset.UTC);
    /** The period the hours are counted for, from the page address; open at either end. */
    private String from;
    private String to;
    private transient RelationshipView relationship;
    private transient TotalsView totals;
    private transient List<SessionView> sessions;

    @Override
    String formId() {
        return "logForm";
    }

    @Override
    public void load() {
        if (id == null) {
            FacesFeedback.error("relationship.notFound");
            return;
        }
        try {
            relationship = mentorships.relationship(caller.get(), id);
            totals = practice.totals(caller.get(), id, Day.typed("from", from), Day.typed("to", to));
            sessions = supervision.sessions(caller.get(), id);
            useFramework(relationship.discipline());
            if (planStartsOn == null) {
                planStartsOn = relationship.startsOn();
                planEndsOn = relationship.endsOn();
                planGoals = relationship.goals();
            }
        } catch (InvalidInput e) {
            from = null;
            to = null;
            FacesFeedback.error(e.messageKey(), e.arguments());
            load();
        } catch (NotFound | NotPermitted e) {
            relationship = null;
            FacesFeedback.refused("logForm", e);
        }
    }

    public boolean isPeriodChosen() { return from != null && !from.isBlank() || to != null && !to.isBlank(); }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }

    /** Either of the pair logs a session that has taken place; the other confirms it. */
    public String log() {
        SessionView s = supervision.log(caller.get(), id, getFields().draft(dates));
        FacesFeedback.infoAfterRedirect("session.loggedNotice", when(s.startsAt()));
        return "/mentoring/relationship.xhtml?faces-redirect=true&id=" + id;
    }

    public String confirm() {
        return onSession(true);
    }

    public String signOff() {
        return onSession(false);
    }

    private String onSession(boolean confirming) {
        long session = PostedId.required("session", "session.notFound");
        SessionView s = confirming ? supervision.confirm(caller.get(), session) : supervision.signOff(caller.get(), session);
        FacesFeedback.info(confirming ? "session.confirmedNotice" : "session.signedOffNotice", when(s.startsAt()));
        load();
        return null;
    }

    /** New period, goals and required hours; the hours come from one field per competency. */
    public String replan() {
        Map<String, BigDecimal> hours = new TreeMap<>();
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (CompetencyView c : frameworks.of(mentorships.relationship(caller.get(), id).discipline())) {
            BigDecimal typed = TypedNumber.decimal("requiredHours", form.get("hours-" + c.code()), "relationship.hours.number", c.code());
            if (typed != null) {
                hours.put(c.code(), typed);
            }
        }
        mentorships.replan(caller.get(), id, new RelationshipDraft(null, null, null, planStartsOn, planEndsOn, planGoals, hours));
        FacesFeedback.infoAfterRedirect("mentoring.replanned");
        return "/mentoring/relationship.xhtml?faces-redirect=true&id=" + id;
    }

    public String end() {
        mentorships.end(caller.get(), id, endOn);
        FacesFeedback.infoAfterRedirect("mentoring.endedNotice", endOn);
        return "/mentoring/relationship.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isPair() { return relationship != null && (relationship.supervisor().equals(caller.username()) || relationship.mentee().equals(caller.username())); }
    public boolean isSupervisor() { return relationship != null && relationship.supervisor().equals(caller.username()); }
    public boolean isMayLog() { return isPair() && (relationship.status() == RelationshipStatus.ACTIVE || relationship.status() == RelationshipStatus.ENDED); }

    /** Whether the re-plan and end forms are shown; the service decides in the end. */
    public boolean isMayPlan() {
        if (relationship == null || !(relationship.status() == RelationshipStatus.ACTIVE || relationship.status() == RelationshipStatus.REQUESTED)) {
            return false;
        }
        String me = caller.username();
        return relationship.supervisor().equals(me) || me.equals(relationship.arrangedBy()) || caller.get().has(org.practica.kernel.Role.ADMIN)
                || relationship.mentee().equals(me) && relationship.status() == RelationshipStatus.REQUESTED;
    }

    public boolean isMayEnd() { return isMayPlan() && relationship.status() == RelationshipStatus.ACTIVE; }

    public boolean mayConfirm(SessionView s) {
        return s.status() == SessionStatus.LOGGED && isPair() && !s.loggedBy().equals(caller.username());
    }

    public boolean maySignOff(SessionView s) {
        return s.status() == SessionStatus.CONFIRMED && isSupervisor();
    }

    public BigDecimal requiredHours(String code) {
        return relationship == null ? null : relationship.requiredHours().get(code);
    }

    public RelationshipView getRelationship() { return relationship; }
    public TotalsView getTotals() { return totals; }
    public List<SessionView> getSessions() { return sessions; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LocalDate getPlanStartsOn() { return planStartsOn; }
    public void setPlanStartsOn(LocalDate planStartsOn) { this.planStartsOn = planStartsOn; }
    public LocalDate getPlanEndsOn() { return planEndsOn; }
    public void setPlanEndsOn(LocalDate planEndsOn) { this.planEndsOn = planEndsOn; }
    public String getPlanGoals() { return planGoals; }
    public void setPlanGoals(String planGoals) { this.planGoals = planGoals; }
    public LocalDate getEndOn() { return endOn; }
    public void setEndOn(LocalDate endOn) { this.endOn = endOn; }
}
