package org.practica.server.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.mentoring.application.CompetencyView;
import org.practica.mentoring.application.RelationshipView;
import org.practica.mentoring.application.SessionView;
import org.practica.mentoring.domain.session.SessionStatus;
import org.practica.server.web.support.FacesFeedback;

import java.util.List;

/**
 * One supervision session (mentoring/session.xhtml): its record and history, the mentee's
 * reflection and the supervisor's notes (only the pair see or write them), confirmation and
 * sign-off, a correction before sign-off and an amendment with a reason after it.
 */
@Named("sessionPage")
@ViewScoped
public class SessionPageBean extends SupervisionPage {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String reflection;
    private String notes;
    private String reason;
    private boolean filled;
    private transient SessionView session;
    private transient RelationshipView relationship;

    @Override
    String formId() {
        return "changeForm";
    }

    @Override
    public void load() {
        if (id == null) {
            FacesFeedback.error("session.notFound");
            return;
        }
        try {
            session = supervision.sessionView(caller.get(), id);
            relationship = mentorships.relationship(caller.get(), session.relationshipId());
            useFramework(relationship.discipline());
            if (!filled) {
                getFields().fill(session, dates);
                reflection = session.reflection();
                notes = session.supervisorNotes();
                filled = true;
            }
        } catch (NotFound | NotPermitted e) {
            session = null;
            FacesFeedback.refused("changeForm", e);
        }
    }

    public String confirm() {
        supervision.confirm(caller.get(), id);
        FacesFeedback.info("session.confirmedNotice", when(session.startsAt()));
        return reloaded();
    }

    public String signOff() {
        supervision.signOff(caller.get(), id);
        FacesFeedback.info("session.signedOffNotice", when(session.startsAt()));
        return reloaded();
    }

    /** The mentee's reflection, stored encrypted. */
    public String saveReflection() {
        supervision.reflect(caller.get(), id, reflection);
        FacesFeedback.info("session.reflectionSaved");
        return reloaded();
    }

    /** The supervisor's notes, stored encrypted. */
    public String saveNotes() {
        supervision.note(caller.get(), id, notes);
        FacesFeedback.info("session.notesSaved");
        return reloaded();
    }

    /** A correction before sign-off, or the supervisor's amendment with a reason after it. */
    public String change() {
        if (session != null && session.status() == SessionStatus.SIGNED_OFF) {
            supervision.amend(caller.get(), id, getFields().draft(dates), reason);
            reason = null;
            FacesFeedback.info("session.amendedNotice");
        } else {
            supervision.correct(caller.get(), id, getFields().draft(dates));
            FacesFeedback.info("session.correctedNotice");
        }
        filled = false;
        return reloaded();
    }

    private String reloaded() {
        load();
        return null;
    }

    /** Offered competencies plus any retired ones the session already names, so a correction can keep them. */
    @Override
    public List<CompetencyView> getOffered() { return offeredKeeping(session == null ? List.of() : session.competencies()); }
    public boolean isMentee() { return session != null && session.mentee().equals(caller.username()); }
    public boolean isSupervisor() { return session != null && session.supervisor().equals(caller.username()); }
    public boolean isPair() { return isMentee() || isSupervisor(); }
    public boolean isSignedOff() { return session != null && session.status() == SessionStatus.SIGNED_OFF; }
    public boolean isMayConfirm() { return session != null && session.status() == SessionStatus.LOGGED && isPair() && !session.loggedBy().equals(caller.username()); }
    public boolean isMaySignOff() { return session != null && session.status() == SessionStatus.CONFIRMED && isSupervisor(); }

    /** Before sign-off either of the pair corrects; after it only the supervisor amends. */
    public boolean isMayChange() { return isSignedOff() ? isSupervisor() : isPair(); }
    public SessionView getSession() { return session; }
    public RelationshipView getRelationship() { return relationship; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReflection() { return reflection; }
    public void setReflection(String reflection) { this.reflection = reflection; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
