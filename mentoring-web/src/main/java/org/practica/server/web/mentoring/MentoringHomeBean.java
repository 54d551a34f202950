package org.practica.server.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.kernel.Discipline;
import org.practica.kernel.Role;
import org.practica.mentoring.application.MenteeOverview;
import org.practica.mentoring.application.Mentorships;
import org.practica.mentoring.application.PracticeRecord;
import org.practica.mentoring.application.RelationshipDraft;
import org.practica.mentoring.application.RelationshipView;
import org.practica.mentoring.application.SupervisorView;
import org.practica.mentoring.domain.relationship.RelationshipStatus;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.PersonNames;
import org.practica.server.web.support.PostedId;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The mentoring home page (mentoring/index.xhtml): the relationships a person is in or looks after,
 * a supervisor's mentees with their hours, requests waiting for an answer, and the forms to ask
 * for supervision or arrange it for someone.
 */
@Named("mentoringHome")
@ViewScoped
public class MentoringHomeBean implements Serializable, ReloadedAfterRefusal {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonNames names;

    @Inject
    transient Mentorships mentorships;

    @Inject
    transient PracticeRecord practice;

    @Inject
    transient Caller caller;

    private String supervisor;
    private String mentee;
    private String discipline = Discipline.PSYCHOLOGY.name();
    private LocalDate startsOn = LocalDate.now();
    private LocalDate endsOn;
    private String goals;
    private transient List<RelationshipView> relationships;
    private transient List<MenteeOverview> mentees;
    private transient List<SupervisorView> supervisors;

    public void load() {
        relationships = mentorships.relationships(caller.get());
        mentees = caller.get().has(Role.SUPERVISOR) ? practice.dashboard(caller.get()) : List.of();
    }

    /** A mentee asks a supervisor; the request waits for them. */
    public String request() {
        return create(false);
    }

    /** An admin or trainer pairs a supervisor with a mentee of their organisation. */
    public String arrange() {
        return create(true);
    }

    private String create(boolean arranging) {
        String form = arranging ? "arrangeForm" : "requestForm";
        RelationshipDraft draft = new RelationshipDraft(supervisor, arranging ? mentee : null, discipline, startsOn, endsOn, goals, Map.of());
        RelationshipView made = arranging ? mentorships.arrange(caller.get(), draft) : mentorships.request(caller.get(), draft);
        FacesFeedback.infoAfterRedirect(arranging ? "mentoring.arranged" : "mentoring.requested", names.of(made.supervisor()), names.of(made.mentee()));
        return "/mentoring/relationship.xhtml?faces-redirect=true&id=" + made.id();
    }

    public String accept() {
        return answer(true);
    }

    public String decline() {
        return answer(false);
    }

    /** The supervisor answers the request whose form was sent. */
    private String answer(boolean yes) {
        long id = PostedId.required("relationship", "relationship.notFound");
        RelationshipView r = yes ? mentorships.accept(caller.get(), id) : mentorships.decline(caller.get(), id);
        FacesFeedback.info(r.status() == RelationshipStatus.ACTIVE ? "mentoring.accepted" : "mentoring.declined", names.of(r.mentee()));
        load();
        return null;
    }

    public boolean waitsFor(RelationshipView r) {
        return r.status() == RelationshipStatus.REQUESTED && r.supervisor().equals(caller.username());
    }

    public List<RelationshipView> getRelationships() { return relationships; }
    public List<MenteeOverview> getMentees() { return mentees; }

    public List<SupervisorView> getSupervisors() {
        if (supervisors == null) {
            supervisors = mentorships.supervisors().stream().filter(s -> !s.username().equals(caller.username())).toList();
        }
        return supervisors;
    }

    public List<String> getDisciplines() { return Arrays.stream(Discipline.values()).map(Discipline::name).toList(); }
    public String getSupervisor() { return supervisor; }
    public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
    public String getMentee() { return mentee; }
    public void setMentee(String mentee) { this.mentee = mentee; }
    public String getDiscipline() { return discipline; }
    public void setDiscipline(String discipline) { this.discipline = discipline; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
}
