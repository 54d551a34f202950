package org.practica.mentoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;
import org.practica.mentoring.domain.relationship.Discipline;
import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.relationship.RelationshipRepository;
import org.practica.mentoring.domain.relationship.RelationshipStatus;
import org.practica.mentoring.domain.session.CaseReference;
import org.practica.mentoring.domain.session.Modality;
import org.practica.mentoring.domain.session.SessionDetails;
import org.practica.mentoring.domain.session.SessionLength;
import org.practica.mentoring.domain.session.SessionRepository;
import org.practica.mentoring.domain.session.SessionStatus;
import org.practica.mentoring.domain.session.SupervisedHours;
import org.practica.mentoring.domain.session.SupervisionSession;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mentoring relationships and their supervision sessions. The pair sees everything about their
 * sessions; an admin of the mentee's organisation, the trainer who arranged the relationship and
 * a registrar of the mentee's organisation see dates, hours and competencies but never the
 * reflection or the notes. Anyone else is told the relationship does not exist. Every change is
 * audited without its text.
 */
@ApplicationScoped
@Transactional
public class Mentoring implements SupervisedPracticeRecord {

    @Inject
    RelationshipRepository relationships;

    @Inject
    SessionRepository sessions;

    @Inject
    People people;

    @Inject
    CompetencyFrameworks frameworks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Seals amendment reasons that earlier versions stored in plain text; run once at start-up,
     * after the notes key is installed. Returns how many sessions it sealed.
     */
    public int sealPlainAmendmentReasons() {
        int sealed = 0;
        for (SupervisionSession s : sessions.withPlainAmendmentReasons()) {
            if (s.sealPlainReasons()) {
                sealed++;
            }
        }
        return sealed;
    }

    /** An admin or trainer pairs a supervisor with a mentee of their organisation; active at once. */
    public RelationshipView arrange(Actor by, RelationshipDraft draft) {
        if (!by.has(Role.ADMIN) && !by.has(Role.TRAINER)) {
            throw new NotPermitted("relationship.arrangeByStaff");
        }
        People.Person mentee = person("mentee", draft.mentee());
        if (!by.belongsTo(mentee.organisationId())) {
            throw new NotPermitted("relationship.menteeElsewhere");
        }
        People.Person supervisor = supervisor(draft.supervisor());
        requirePlanned(draft);
        MentoringRelationship r = MentoringRelationship.arrange(supervisor.username(), mentee.username(), Discipline.named("discipline", draft.discipline()),
                draft.startsOn(), draft.endsOn(), draft.goals(), draft.requiredHours(), by.username(), clock.instant());
        relationships.add(r);
        audit.record(by.username(), "mentoring.arranged", subject(r), supervisor.username() + " mentors " + mentee.username());
        return RelationshipView.of(r);
    }

    /** A mentee asks a supervisor; the supervisor accepts or declines. */
    public RelationshipView request(Actor mentee, RelationshipDraft draft) {
        People.Person supervisor = supervisor(draft.supervisor());
        requirePlanned(draft);
        MentoringRelationship r = MentoringRelationship.request(mentee.username(), supervisor.username(), Discipline.named("discipline", draft.discipline()),
                draft.startsOn(), draft.endsOn(), draft.goals(), draft.requiredHours(), clock.instant());
        relationships.add(r);
        audit.record(mentee.username(), "mentoring.requested", subject(r), supervisor.username());
        return RelationshipView.of(r);
    }

    public RelationshipView accept(Actor supervisor, long id) {
        MentoringRelationship r = visible(supervisor, id);
        r.accept(supervisor.username());
        audit.record(supervisor.username(), "mentoring.accepted", subject(r), "");
        return RelationshipView.of(r);
    }

    public RelationshipView decline(Actor supervisor, long id) {
        MentoringRelationship r = visible(supervisor, id);
        r.decline(supervisor.username());
        audit.record(supervisor.username(), "mentoring.declined", subject(r), "");
        return RelationshipView.of(r);
    }

    /** Ends it early, from the given day (today when none is given); its sessions and hours stay. */
    public RelationshipView end(Actor by, long id, LocalDate on) {
        MentoringRelationship r = stewarded(by, id);
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
        MentoringRelationship r = stewarded(by, id);
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
        return RelationshipView.of(visible(reader, id));
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

    /** Either of the pair logs a session that has taken place. */
    public SessionView log(Actor by, long relationshipId, SessionDraft draft) {
        visible(by, relationshipId);
        MentoringRelationship r = relationships.lock(relationshipId).orElseThrow();
        SessionDetails details = details(draft);
        frameworks.requireOffered(r.discipline(), details.competencies(), "competencies", false);
        SupervisionSession s = SupervisionSession.log(r.pairingFor(details.startsAt()), by.username(), details,
                sessions.ofRelationship(relationshipId), clock.instant());
        sessions.add(s);
        audit.record(by.username(), "session.logged", subject(s), details.length().minutes() + " min");
        return SessionView.of(s, true);
    }

    public SessionView confirm(Actor by, long sessionId) {
        SupervisionSession s = session(by, sessionId);
        s.confirm(by.username(), clock.instant());
        audit.record(by.username(), "session.confirmed", subject(s), "");
        return SessionView.of(s, true);
    }

    public SessionView signOff(Actor by, long sessionId) {
        SupervisionSession s = session(by, sessionId);
        s.signOff(by.username(), clock.instant());
        audit.record(by.username(), "session.signedOff", subject(s), s.details().length().minutes() + " min");
        return SessionView.of(s, true);
    }

    /** A correction before sign-off; the other of the pair confirms again. */
    public SessionView correct(Actor by, long sessionId, SessionDraft draft) {
        SupervisionSession s = session(by, sessionId);
        MentoringRelationship r = relationships.lock(s.pair().relationshipId()).orElseThrow();
        SessionDetails details = details(draft);
        frameworks.requireOffered(r.discipline(), details.competencies(), "competencies", true);
        r.pairingFor(details.startsAt());
        s.correct(by.username(), details, sessions.ofRelationship(r.id()), clock.instant());
        audit.record(by.username(), "session.corrected", subject(s), "");
        return SessionView.of(s, true);
    }

    /** The supervisor changes a signed-off session, giving a reason; the earlier version is kept. */
    public SessionView amend(Actor by, long sessionId, SessionDraft draft, String reason) {
        SupervisionSession s = session(by, sessionId);
        MentoringRelationship r = relationships.lock(s.pair().relationshipId()).orElseThrow();
        SessionDetails details = details(draft);
        frameworks.requireOffered(r.discipline(), details.competencies(), "competencies", true);
        r.pairingFor(details.startsAt());
        s.amend(by.username(), details, reason, sessions.ofRelationship(r.id()), clock.instant());
        audit.record(by.username(), "session.amended", subject(s), "");
        return SessionView.of(s, true);
    }

    /** The mentee's reflection; its text is never logged or audited. */
    public SessionView reflect(Actor by, long sessionId, String text) {
        SupervisionSession s = session(by, sessionId);
        s.reflect(by.username(), text);
        audit.record(by.username(), "session.reflectionWritten", subject(s), "");
        return SessionView.of(s, true);
    }

    /** The supervisor's notes; their text is never logged or audited. */
    public SessionView note(Actor by, long sessionId, String text) {
        SupervisionSession s = session(by, sessionId);
        s.note(by.username(), text);
        audit.record(by.username(), "session.notesWritten", subject(s), "");
        return SessionView.of(s, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView sessionView(Actor reader, long sessionId) {
        SupervisionSession s = session(reader, sessionId);
        return SessionView.of(s, s.pair().includes(reader.username()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> sessions(Actor reader, long relationshipId) {
        MentoringRelationship r = visible(reader, relationshipId);
        boolean pair = r.involves(reader.username());
        return sessions.ofRelationship(relationshipId).stream().map(s -> SessionView.of(s, pair)).toList();
    }

    /** Hours signed off and pending, per competency against the plan, and per month. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsView totals(Actor reader, long relationshipId) {
        return totals(reader, relationshipId, null, null);
    }

    /** The same, counting only sessions held from one day to another (either may be open). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsView totals(Actor reader, long relationshipId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "relationship.endsBeforeStart");
        }
        MentoringRelationship r = visible(reader, relationshipId);
        return TotalsView.of(r, SupervisedHours.between(sessions.ofRelationship(relationshipId), from, to));
    }

    /** The log book of a relationship, for anyone who may see it; texts are left out for everyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LogBook logBook(Actor reader, long relationshipId) {
        MentoringRelationship r = visible(reader, relationshipId);
        List<SupervisionSession> all = sessions.ofRelationship(relationshipId);
        return new LogBook(RelationshipView.of(r), displayName(r.supervisor()), displayName(r.mentee()),
                TotalsView.of(r, SupervisedHours.of(all)), all.stream().map(s -> SessionView.of(s, false)).toList(),
                frameworks.of(r.discipline().name()));
    }

    private String displayName(String username) {
        return people.find(username).map(People.Person::displayName).orElse(username);
    }

    /** The caller's mentees as their supervisor, with hours and the sessions waiting for them; newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MenteeOverview> dashboard(Actor supervisor) {
        return relationships.involving(supervisor.username()).stream().filter(r -> r.supervisor().equals(supervisor.username()))
                .map(r -> {
                    List<SupervisionSession> all = sessions.ofRelationship(r.id());
                    SupervisedHours h = SupervisedHours.of(all);
                    BigDecimal required = r.requiredHours().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    int waiting = (int) all.stream().filter(s -> s.status() == SessionStatus.CONFIRMED
                            || s.status() == SessionStatus.LOGGED && !s.loggedBy().equals(supervisor.username())).count();
                    return new MenteeOverview(r.id(), r.mentee(), r.discipline().name(), r.status().name(),
                            SupervisedHours.hours(h.signedOffMinutes()), SupervisedHours.hours(h.pendingMinutes()), required,
                            h.percentOfAll(required), waiting);
                }).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, BigDecimal> signedOffHours(String person, LocalDate from, LocalDate to) {
        Map<String, Integer> minutes = new TreeMap<>();
        for (MentoringRelationship r : relationships.involving(person)) {
            if (r.mentee().equals(person)) {
                SupervisedHours.between(sessions.ofRelationship(r.id()), from, to).signedOffByCompetency()
                        .forEach((c, m) -> minutes.merge(c, m, Integer::sum));
            }
        }
        Map<String, BigDecimal> hours = new TreeMap<>();
        minutes.forEach((c, m) -> hours.put(c, SupervisedHours.hours(m)));
        return hours;
    }

    /** Everyone who may be asked to supervise, for a mentee choosing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupervisorView> supervisors() {
        return people.supervisors().stream().map(p -> new SupervisorView(p.username(), p.displayName())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal signedOffTotal(String person, LocalDate from, LocalDate to) {
        int minutes = 0;
        for (MentoringRelationship r : relationships.involving(person)) {
            if (r.mentee().equals(person)) {
                minutes += SupervisedHours.between(sessions.ofRelationship(r.id()), from, to).signedOffMinutes();
            }
        }
        return SupervisedHours.hours(minutes);
    }

    /** A new pseudonymous case reference for the pair to use from now on. */
    public String newCaseReference(Actor by) {
        if (!by.has(Role.SUPERVISOR) && !by.has(Role.LEARNER)) {
            throw new NotPermitted("session.notYours");
        }
        return CaseReference.generate().code();
    }

    private SupervisionSession session(Actor reader, long sessionId) {
        SupervisionSession s = sessions.find(sessionId).orElseThrow(() -> new NotFound("session.notFound"));
        visible(reader, s.pair().relationshipId());
        return s;
    }

    /** The relationship, locked, if the person may end or re-plan it. */
    private MentoringRelationship stewarded(Actor by, long id) {
        MentoringRelationship r = visible(by, id);
        if (!r.stewardedBy(by.username()) && !(by.has(Role.ADMIN) && ofMenteeOrganisation(by, r))) {
            throw new NotPermitted("relationship.notYours");
        }
        return relationships.lock(id).orElseThrow();
    }

    private boolean ofMenteeOrganisation(Actor reader, MentoringRelationship r) {
        return reader.belongsTo(people.find(r.mentee()).map(People.Person::organisationId).orElse(-1L));
    }

    /** The relationship if the reader may see it; otherwise it does not exist for them. */
    private MentoringRelationship visible(Actor reader, long id) {
        MentoringRelationship r = relationships.find(id).orElseThrow(() -> new NotFound("relationship.notFound"));
        if (r.involves(reader.username()) || reader.username().equals(r.arrangedBy())) {
            return r;
        }
        if ((reader.has(Role.ADMIN) || reader.has(Role.REGISTRAR)) && ofMenteeOrganisation(reader, r)) {
            return r;
        }
        throw new NotFound("relationship.notFound");
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

    private void requirePlanned(RelationshipDraft draft) {
        if (draft.requiredHours() != null) {
            frameworks.requireOffered(Discipline.named("discipline", draft.discipline()), draft.requiredHours().keySet(),
                    "requiredHours", false);
        }
    }

    private static SessionDetails details(SessionDraft d) {
        if (d == null) {
            throw new InvalidInput("body", "body.required");
        }
        if (d.minutes() == null) {
            throw new InvalidInput("minutes", "validation.required");
        }
        Modality modality;
        try {
            modality = d.modality() == null ? null : Modality.valueOf(d.modality().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("modality", "session.modality.unknown");
        }
        List<CaseReference> cases = d.caseReferences() == null ? List.of()
                : d.caseReferences().stream().filter(c -> c != null && !c.isBlank()).map(CaseReference::new).toList();
        java.util.Set<String> codes = d.competencies() == null ? java.util.Set.of() : d.competencies().stream()
                .filter(c -> c != null && !c.isBlank()).map(c -> c.strip().toUpperCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        return new SessionDetails(d.startsAt(), new SessionLength(d.minutes()), modality, codes, cases);
    }

    private static String subject(MentoringRelationship r) {
        return "mentoring:" + r.id();
    }

    private static String subject(SupervisionSession s) {
        return "session:" + s.id();
    }

}
