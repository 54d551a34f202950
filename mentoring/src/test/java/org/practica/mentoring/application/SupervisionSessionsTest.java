package org.practica.mentoring.application;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practica.kernel.Actor;
import org.practica.kernel.AesGcmSealer;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.Role;
import org.practica.kernel.Sealer;
import org.practica.mentoring.domain.competency.Competency;
import org.practica.mentoring.domain.competency.CompetencyRepository;
import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.relationship.RelationshipRepository;
import org.practica.mentoring.domain.session.SessionRepository;
import org.practica.mentoring.domain.session.SessionStatus;
import org.practica.mentoring.domain.session.SupervisionSession;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.practica.kernel.testing.GeneratedIds.identify;

/**
 * Supervision sessions through the application services as pages and the API call them, with the
 * repositories in memory: the life of a session from logging to sign-off, what it adds to the
 * mentee's record, and who may see what of it.
 */
class SupervisionSessionsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final long ORGANISATION = 5;

    private final Map<Long, MentoringRelationship> relationshipRows = new LinkedHashMap<>();
    private final Map<Long, SupervisionSession> sessionRows = new LinkedHashMap<>();
    private final List<String> audit = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    private final SupervisionSessions supervision = new SupervisionSessions();
    private final PracticeRecord practice = new PracticeRecord();

    private final Actor supervisor = new Actor("supervisor", ORGANISATION, Set.of(Role.SUPERVISOR));
    private final Actor mentee = new Actor("mentee", ORGANISATION, Set.of(Role.LEARNER));
    private final Actor admin = new Actor("admin", ORGANISATION, Set.of(Role.ADMIN));
    private final Actor stranger = new Actor("stranger", 9, Set.of(Role.SUPERVISOR));
    private long relationship;

    @BeforeAll
    static void sealNotes() {
        Sealer.install(new org.practica.kernel.PersonKeySealer(AesGcmSealer.parse(AesGcmSealer.newKey("test")), new org.practica.kernel.MemoryDataKeys()));
    }

    @BeforeEach
    void compose() {
        RelationshipRepository relationships = new RelationshipRepository() {
            @Override
            public Optional<MentoringRelationship> find(long id) {
                return Optional.ofNullable(relationshipRows.get(id));
            }

            @Override
            public Optional<MentoringRelationship> lock(long id) {
                return find(id);
            }

            @Override
            public List<MentoringRelationship> involving(String username) {
                return relationshipRows.values().stream().filter(r -> r.involves(username)).toList();
            }

            @Override
            public List<MentoringRelationship> ofMentees(List<String> mentees) {
                return relationshipRows.values().stream().filter(r -> mentees.contains(r.mentee())).toList();
            }

            @Override
            public void add(MentoringRelationship r) {
                identify(r, relationshipRows.size() + 1L);
                relationshipRows.put(r.id(), r);
            }
        };
        SessionRepository sessions = new SessionRepository() {
            @Override
            public Optional<SupervisionSession> find(long id) {
                return Optional.ofNullable(sessionRows.get(id));
            }

            @Override
            public List<SupervisionSession> ofRelationship(long relationshipId) {
                return sessionRows.values().stream().filter(s -> s.pair().relationshipId() == relationshipId).toList();
            }

            @Override
            public void add(SupervisionSession s) {
                identify(s, sessionRows.size() + 1L);
                sessionRows.put(s.id(), s);
            }

            @Override
            public List<SupervisionSession> withTextsToReseal() {
                return List.of();
            }

            @Override
            public List<org.practica.mentoring.domain.session.SignOffDue> waitingForSignOff(Instant before, long afterId, int limit) {
                return sessionRows.values().stream().filter(s -> s.status() == org.practica.mentoring.domain.session.SessionStatus.CONFIRMED
                                && s.confirmedAt().isBefore(before) && s.id() > afterId).limit(limit)
                        .map(s -> new org.practica.mentoring.domain.session.SignOffDue(s.id(), s.pair().supervisor(), s.confirmedAt())).toList();
            }
        };
        Competency listening = new Competency(Discipline.PSYCHOLOGY, "LISTENING", java.util.Map.of("en", "Listening", "ru", "Слушание"));
        CompetencyRepository competencies = new CompetencyRepository() {
            @Override
            public List<Competency> of(Discipline discipline) {
                return discipline == Discipline.PSYCHOLOGY ? List.of(listening) : List.of();
            }

            @Override
            public Optional<Competency> find(Discipline discipline, String code) {
                return of(discipline).stream().filter(c -> c.code().equals(code)).findFirst();
            }

            @Override
            public void add(Competency competency) {
                throw new UnsupportedOperationException("the framework is fixed in these tests");
            }
        };
        People people = new People() {
            @Override
            public Optional<Person> find(String username) {
                return Set.of("supervisor", "mentee", "admin").contains(username)
                        ? Optional.of(new Person(username, "Person " + username, ORGANISATION, Set.of())) : Optional.empty();
            }

            @Override
            public List<String> ofOrganisation(long organisationId) {
                return organisationId == ORGANISATION ? List.of("supervisor", "mentee", "admin") : List.of();
            }

            @Override
            public List<Person> supervisors() {
                return List.of();
            }
        };
        CompetencyFrameworks frameworks = new CompetencyFrameworks();
        frameworks.competencies = competencies;
        RelationshipAccess access = new RelationshipAccess();
        access.relationships = relationships;
        access.people = people;
        supervision.relationships = relationships;
        supervision.sessions = sessions;
        supervision.access = access;
        supervision.frameworks = frameworks;
        supervision.audit = (actor, action, subject, detail) -> audit.add(actor + " " + action + " " + subject + " " + detail);
        supervision.notifier = (who, kind, link, arguments) -> told.add(who + " " + kind + " " + link);
        supervision.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        practice.relationships = relationships;
        practice.sessions = sessions;
        practice.access = access;
        practice.people = people;
        practice.frameworks = frameworks;

        MentoringRelationship r = MentoringRelationship.arrange("supervisor", "mentee", Discipline.PSYCHOLOGY, LocalDate.parse("2026-11-01"),
                null, "Trauma-informed listening", Map.of("LISTENING", BigDecimal.TEN), "admin", NOW.minusSeconds(40 * 86_400L));
        relationships.add(r);
        relationship = r.id();
    }

    private SessionDraft ninetyMinutes(String... competencies) {
        return new SessionDraft(Instant.parse("2026-12-01T10:00:00Z"), 90, "INDIVIDUAL_IN_PERSON", Set.of(competencies), List.of());
    }

    @Test
    void aLoggedSessionCountsForTheMenteeOnlyOnceTheSupervisorSignsItOff() {
        LocalDate from = LocalDate.parse("2026-11-01");
        LocalDate to = LocalDate.parse("2026-12-31");
        SessionView logged = supervision.log(mentee, relationship, ninetyMinutes("LISTENING"));
        assertEquals(0, BigDecimal.ZERO.compareTo(practice.signedOffTotal("mentee", from, to)));
        assertEquals(List.of("supervisor SESSION_TO_CONFIRM /mentoring/session.xhtml?id=" + logged.id()), told, "the other party is told");

        supervision.confirm(supervisor, logged.id());
        assertEquals(0, BigDecimal.ZERO.compareTo(practice.signedOffTotal("mentee", from, to)), "confirmed is not signed off");

        SessionView signed = supervision.signOff(supervisor, logged.id());

        assertEquals(SessionStatus.SIGNED_OFF, signed.status());
        assertEquals(0, new BigDecimal("1.5").compareTo(practice.signedOffTotal("mentee", from, to)));
        assertEquals(0, new BigDecimal("1.5").compareTo(practice.signedOffHours("mentee", from, to).get("LISTENING")));
        assertEquals(0, BigDecimal.ZERO.compareTo(practice.signedOffTotal("supervisor", from, to)), "hours are the mentee's");
    }

    @Test
    void aSupervisorHearsOfASessionWaitingForSignOffAfterThreeDaysThenWeeklyOnceEach() {
        SessionView logged = supervision.log(mentee, relationship, ninetyMinutes("LISTENING"));
        supervision.confirm(supervisor, logged.id());
        Instant confirmed = NOW;
        java.util.Set<String> onceKeys = new java.util.HashSet<>();
        List<String> heard = new ArrayList<>();
        SignOffReminders reminders = new SignOffReminders();
        reminders.sessions = supervision.sessions;
        reminders.reminders = (who, kind, once, link, arguments) -> onceKeys.add(who + " " + once) && heard.add(who + " " + kind + " " + link + " " + arguments[0]);
        reminders.self = reminders;

        assertEquals(0, reminders.remind(confirmed.plus(java.time.Duration.ofDays(2))), "two days is not waiting yet");
        assertEquals(1, reminders.remind(confirmed.plus(java.time.Duration.ofDays(3).plusHours(1))));
        assertEquals(0, reminders.remind(confirmed.plus(java.time.Duration.ofDays(9))), "not again within the week");
        assertEquals(1, reminders.remind(confirmed.plus(java.time.Duration.ofDays(10).plusHours(1))));
        assertEquals(List.of("supervisor SIGN_OFF_WAITING /mentoring/session.xhtml?id=" + logged.id() + " 3",
                "supervisor SIGN_OFF_WAITING /mentoring/session.xhtml?id=" + logged.id() + " 10"), heard);
        supervision.signOff(supervisor, logged.id());
        assertEquals(0, reminders.remind(confirmed.plus(java.time.Duration.ofDays(17).plusHours(1))), "signed off: nothing waits");
    }

    @Test
    void aStrangerIsToldTheSessionDoesNotExist() {
        SessionView logged = supervision.log(mentee, relationship, ninetyMinutes("LISTENING"));

        NotFound refused = assertThrows(NotFound.class, () -> supervision.sessionView(stranger, logged.id()));

        assertEquals("relationship.notFound", refused.messageKey());
        assertThrows(NotFound.class, () -> supervision.confirm(stranger, logged.id()));
    }

    @Test
    void anAdminOfTheMenteesOrganisationSeesTheHoursButNeverTheReflection() {
        SessionView logged = supervision.log(mentee, relationship, ninetyMinutes("LISTENING"));
        supervision.reflect(mentee, logged.id(), "What I learned about listening to a frightened child");

        SessionView asAdmin = supervision.sessionView(admin, logged.id());
        SessionView asMentee = supervision.sessionView(mentee, logged.id());

        assertEquals(90, asAdmin.minutes());
        assertNull(asAdmin.reflection());
        assertEquals("What I learned about listening to a frightened child", asMentee.reflection());
        assertEquals(List.of("mentee session.logged session:1 90 min", "mentee session.reflectionWritten session:1 "), audit,
                "the audit trail names the change, never the text");
    }

    @Test
    void aCompetencyTheDisciplineDoesNotOfferIsRefusedAndNothingIsLogged() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> supervision.log(mentee, relationship, ninetyMinutes("SURGERY")));

        assertEquals("competencies", refused.field());
        assertEquals("competency.notOffered", refused.messageKey());
        assertEquals(0, sessionRows.size());
        assertEquals(List.of(), audit);
    }
}
