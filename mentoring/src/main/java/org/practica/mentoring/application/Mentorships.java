package org.practica.mentoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Notifier;
import jakarta.transaction.Transactional;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Refusals;
import org.practica.kernel.Role;
import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.relationship.RelationshipRepository;
import org.practica.mentoring.domain.relationship.RelationshipStatus;
import org.practica.mentoring.domain.session.SessionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;


/**
 * Mentoring relationships: arranged by staff or requested by a mentee, accepted or declined by the
 * supervisor, re-planned and ended. Every change is audited without its text.
 */
@ApplicationScoped
@Transactional
public class Mentorships {

    @Inject
    Notifier notifier;

    @Inject
    RelationshipRepository relationships;

    @Inject
    SessionRepository sessions;

    @Inject
    RelationshipAccess access;

    @Inject
    People people;

    @Inject
    CompetencyFrameworks frameworks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** An admin or trainer pairs a supervisor with a mentee of their organisation; active at once. */
    public RelationshipView arrange(Actor by, RelationshipDraft draft) {
        if (!by.has(Role.ADMIN) && !by.has(Role.TRAINER)) {
            throw new NotPermitted("relationship.arrangeByStaff");
        }
        Refusals refusals = new Refusals();
        People.Person mentee = refusals.check(() -> person("mentee", draft.mentee()));
        if (mentee != null && !by.belongsTo(mentee.organisationId())) {
            throw new NotPermitted("relationship.menteeElsewhere");
        }
        People.Person supervisor = refusals.check(() -> supervisor(draft.supervisor()));
        Discipline discipline = planned(draft, refusals);
        MentoringRelationship r = refusals.check(() -> MentoringRelationship.arrange(name(supervisor), name(mentee), discipline,
                draft.startsOn(), draft.endsOn(), draft.goals(), draft.requiredHours(), by.username(), clock.instant()));
        refusals.throwIfAny();
        relationships.add(r);
        audit.record(by.username(), "mentoring.arranged", subject(r), "user:" + supervisor.username() + " mentors user:" + mentee.username());
        return RelationshipView.of(r);
    }

    /** A mentee asks a supervisor; the supervisor accepts or declines. */
    /**
     * One way in for callers that send a draft without saying which it is: an admin or trainer
     * naming someone else as mentee arranges; anyone else asks a supervisor for themselves.
     */
    public RelationshipView open(Actor by, RelationshipDraft draft) {
        boolean arranging = (by.has(Role.ADMIN) || by.has(Role.TRAINER)) && draft.mentee() != null
                && !draft.mentee().isBlank() && !draft.mentee().strip().equalsIgnoreCase(by.username());
        return arranging ? arrange(by, draft) : request(by, draft);
    }

    public RelationshipView request(Actor mentee, RelationshipDraft draft) {
        Refusals refusals = new Refusals();
        People.Person supervisor = refusals.check(() -> supervisor(draft.supervisor()));
        Discipline discipline = planned(draft, refusals);
        MentoringRelationship r = refusals.check(() -> MentoringRelationship.request(mentee.username(), name(supervisor), discipline,
                draft.startsOn(), draft.endsOn(), draft.goals(), draft.requiredHours(), clock.instant()));
        refusals.throwIfAny();
        relationships.add(r);
        audit.record(mentee.username(), "mentoring.requested", subject(r), "user:" + supervisor.username());
        notifier.tell(supervisor.username(), NoticeKind.MENTORING_REQUESTED, "/mentoring/index.xhtml");
        return RelationshipView.of(r);
    }

    public RelationshipView accept(Actor supervisor, long id) {
        MentoringRelationship r = access.visible(supervisor, id);
        r.accept(supervisor.username());
        audit.record(supervisor.username(), "mentoring.accepted", subject(r), "");
        return RelationshipView.of(r);
    }

    public RelationshipView decline(Actor supervisor, long id) {
        MentoringRelationship r = access.visible(supervisor, id);
        r.decline(supervisor.username());
        audit.record(supervisor.username(), "mentoring.declined", subject(r), "");
        return RelationshipView.of(r);
    }

    /** Ends it early, from the given day (today when none is given); its sessions and hours stay. */
    public RelationshipView end(Actor by, long id, LocalDate on) {
        MentoringRelationship r = access.stewarded(by, id);
        r.end(on == null ? LocalDate.now(clock) : on);
        audit.record(by.username(), "mentoring.ended", subject(r), String.valueOf(r.endsOn()));
        return RelationshipView.of(r);
    }

    /**
     * A new period, goals and required hours. The supervisor, whoever arranged it and admins of the
     * mentee's organisation re-plan; the mentee only while their request waits for an answer.
     */
    public RelationshipView replan(Actor by, long id, RelationshipDraft draft) {
        if (draft == null) {
            throw new InvalidInput("body", "body.required");
        }
        MentoringRelationship r = access.stewarded(by, id);
        if (r.mentee().equals(by.username()) && r.status() != RelationshipStatus.REQUESTED) {
            throw new NotPermitted("relationship.planBySupervisor");
        }
        if (draft.requiredHours() != null) {
            frameworks.requireOffered(r.discipline(), draft.requiredHours().keySet(), "requiredHours", false);
        }
        r.replan(draft.startsOn(), draft.endsOn(), draft.goals(), draft.requiredHours(),
                sessions.ofRelationship(id).stream().map(s -> s.details().startsAt()).toList());
        audit.record(by.username(), "mentoring.replanned", subject(r), r.startsOn() + ".." + (r.endsOn() == null ? "" : r.endsOn()));
        return RelationshipView.of(r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RelationshipView relationship(Actor reader, long id) {
        return RelationshipView.of(access.visible(reader, id));
    }

    /** The relationships a person is in; for admins and registrars, also those of their organisation's mentees. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RelationshipView> relationships(Actor reader) {
        // by id: outside a transaction two queries give two copies of a relationship found by both
        Map<Long, MentoringRelationship> found = new java.util.LinkedHashMap<>();
        if (reader.has(Role.ADMIN) || reader.has(Role.REGISTRAR)) {
            relationships.ofMentees(people.ofOrganisation(reader.organisationId())).forEach(r -> found.put(r.id(), r));
        }
        relationships.involving(reader.username()).forEach(r -> found.putIfAbsent(r.id(), r));
        return found.values().stream().map(RelationshipView::of).toList();
    }

    /** Everyone who may be asked to supervise, for a mentee choosing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupervisorView> supervisors() {
        return people.supervisors().stream().map(p -> new SupervisorView(p.username(), p.displayName())).toList();
    }

    private People.Person person(String field, String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        return people.find(username.strip()).orElseThrow(() -> new InvalidInput(field, "relationship.noSuchPerson", username.strip()));
    }

    /**
     * A name with no account and an account that is not a supervisor get the same answer, so that
     * asking for supervision cannot be used to learn who has an account.
     */
    private People.Person supervisor(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInput("supervisor", "validation.required");
        }
        return people.find(username.strip()).filter(p -> p.has(Role.SUPERVISOR))
                .orElseThrow(() -> new InvalidInput("supervisor", "relationship.notASupervisor", username.strip()));
    }

    /** The draft's discipline, and its required hours checked against that discipline's competencies; refusals kept. */
    private Discipline planned(RelationshipDraft draft, Refusals refusals) {
        Discipline discipline = refusals.check(() -> Discipline.named("discipline", draft.discipline()));
        if (discipline != null && draft.requiredHours() != null) {
            refusals.check(() -> frameworks.requireOffered(discipline, draft.requiredHours().keySet(), "requiredHours", false));
        }
        return discipline;
    }

    /**
     * A person already refused stands as a placeholder name, so the relationship's own rules still
     * judge the rest of the draft; nothing is saved once anything is refused.
     */
    private static String name(People.Person person) {
        return person == null ? "?" : person.username();
    }

    private static String subject(MentoringRelationship r) {
        return "mentoring:" + r.id();
    }
}
