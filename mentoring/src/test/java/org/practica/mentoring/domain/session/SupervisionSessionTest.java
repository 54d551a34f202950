package org.practica.mentoring.domain.session;

import org.junit.jupiter.api.Test;
import org.practica.kernel.AesGcmSealer;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Sealer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SupervisionSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T16:00:00Z");
    private static final Pairing PAIR = new Pairing(1, "supervisor", "mentee");

    @org.junit.jupiter.api.BeforeAll
    static void sealer() {
        Sealer.install(new org.practica.kernel.PersonKeySealer(AesGcmSealer.parse(AesGcmSealer.newKey("test")), new org.practica.kernel.MemoryDataKeys()));
    }

    private static SessionDetails at(Instant start, int minutes) {
        return new SessionDetails(start, new SessionLength(minutes), Modality.INDIVIDUAL_IN_PERSON, Set.of("TRAUMA"),
                List.of(CaseReference.generate()));
    }

    private static SupervisionSession logged(String by, Instant start, int minutes) {
        return SupervisionSession.log(PAIR, by, at(start, minutes), List.of(), NOW);
    }

    @Test
    void aSessionLastsFromFiveMinutesToTwelveHours() {
        assertEquals(5, new SessionLength(5).minutes());
        assertEquals(720, new SessionLength(720).minutes());
        assertEquals("session.length.range", assertThrows(InvalidInput.class, () -> new SessionLength(4)).messageKey());
        assertEquals("minutes", assertThrows(InvalidInput.class, () -> new SessionLength(721)).field());
    }

    @Test
    void aSessionThatHasNotEndedCannotBeLogged() {
        logged("mentee", NOW.minus(Duration.ofMinutes(60)), 60);
        logged("mentee", NOW.minus(Duration.ofMinutes(60)), 61);   // a clock a minute ahead is tolerated
        InvalidInput future = assertThrows(InvalidInput.class, () -> logged("mentee", NOW.plus(Duration.ofDays(1)), 60));
        assertEquals("session.future", future.messageKey());
        assertThrows(InvalidInput.class, () -> logged("mentee", NOW.minus(Duration.ofMinutes(30)), 60));
    }

    @Test
    void sessionsOfOnePairDoNotOverlapButMayTouch() {
        SupervisionSession first = logged("mentee", NOW.minus(Duration.ofHours(5)), 60);
        Instant firstEnd = first.details().endsAt();
        SupervisionSession.log(PAIR, "supervisor", at(firstEnd, 30), List.of(first), NOW);
        Conflict overlap = assertThrows(Conflict.class,
                () -> SupervisionSession.log(PAIR, "supervisor", at(firstEnd.minus(Duration.ofMinutes(1)), 30), List.of(first), NOW));
        assertEquals("session.overlaps", overlap.messageKey());
        assertThrows(Conflict.class, () -> SupervisionSession.log(PAIR, "mentee",
                at(first.details().startsAt().minus(Duration.ofMinutes(10)), 120), List.of(first), NOW), "one containing the other");
    }

    @Test
    void onlyThePairLogsAndTheOtherOfThemConfirms() {
        assertEquals("session.notYours", assertThrows(NotPermitted.class,
                () -> logged("stranger", NOW.minus(Duration.ofHours(2)), 60)).messageKey());
        SupervisionSession s = logged("supervisor", NOW.minus(Duration.ofHours(2)), 60);
        assertEquals("session.confirmByOther", assertThrows(NotPermitted.class, () -> s.confirm("supervisor", NOW)).messageKey());
        assertThrows(NotPermitted.class, () -> s.confirm("stranger", NOW));
        s.confirm("mentee", NOW);
        assertEquals(SessionStatus.CONFIRMED, s.status());
        assertEquals("mentee", s.confirmedBy());
    }

    @Test
    void onlyTheSupervisorSignsOffAndASessionTheyLoggedWaitsForTheMentee() {
        SupervisionSession bySupervisor = logged("supervisor", NOW.minus(Duration.ofHours(2)), 60);
        assertEquals("session.awaitsMentee", assertThrows(Conflict.class, () -> bySupervisor.signOff("supervisor", NOW)).messageKey());
        bySupervisor.confirm("mentee", NOW);
        assertEquals("session.signOffBySupervisor", assertThrows(NotPermitted.class, () -> bySupervisor.signOff("mentee", NOW)).messageKey());
        assertThrows(NotPermitted.class, () -> bySupervisor.signOff("another-supervisor", NOW));
        bySupervisor.signOff("supervisor", NOW);
        assertEquals(SessionStatus.SIGNED_OFF, bySupervisor.status());
        assertEquals(NOW, bySupervisor.signedOffAt());

        SupervisionSession byMentee = logged("mentee", NOW.minus(Duration.ofHours(5)), 60);
        byMentee.signOff("supervisor", NOW);   // signing a mentee's log is the supervisor's confirmation
        assertEquals("supervisor", byMentee.confirmedBy());
        assertEquals(SessionStatus.SIGNED_OFF, byMentee.status());
    }

    @Test
    void aCorrectionBeforeSignOffNeedsConfirmingAgain() {
        SupervisionSession s = logged("mentee", NOW.minus(Duration.ofHours(2)), 60);
        s.confirm("supervisor", NOW);
        s.correct("supervisor", at(NOW.minus(Duration.ofHours(2)), 90), List.of(s), NOW);
        assertEquals(SessionStatus.LOGGED, s.status());
        assertNull(s.confirmedBy());
        assertEquals(90, s.details().length().minutes());
        s.confirm("mentee", NOW);
    }

    @Test
    void aSignedSessionChangesOnlyByTheSupervisorsAmendmentWhichKeepsTheHistory() {
        SupervisionSession s = logged("mentee", NOW.minus(Duration.ofHours(2)), 60);
        s.reflect("mentee", "I noticed my own fatigue.");
        s.note("supervisor", "Discussed boundaries.");
        s.signOff("supervisor", NOW);
        SessionDetails signed = s.details();

        assertEquals("session.signedOff", assertThrows(Conflict.class,
                () -> s.correct("mentee", at(NOW.minus(Duration.ofHours(2)), 45), List.of(s), NOW)).messageKey());
        assertThrows(Conflict.class, () -> s.reflect("mentee", "changed"));
        assertThrows(Conflict.class, () -> s.note("supervisor", "changed"));
        assertThrows(Conflict.class, () -> s.confirm("supervisor", NOW));
        assertThrows(NotPermitted.class, () -> s.amend("mentee", at(NOW.minus(Duration.ofHours(2)), 45), "shorter", List.of(s), NOW));
        assertEquals("reason", assertThrows(InvalidInput.class,
                () -> s.amend("supervisor", at(NOW.minus(Duration.ofHours(2)), 45), " ", List.of(s), NOW)).field());

        s.amend("supervisor", at(NOW.minus(Duration.ofHours(2)), 45), "We stopped early.", List.of(s), NOW.plusSeconds(60));
        assertEquals(45, s.details().length().minutes());
        assertEquals(SessionStatus.SIGNED_OFF, s.status());
        assertEquals(1, s.amendments().size());
        assertEquals(signed, s.amendments().get(0).before());
        assertEquals("We stopped early.", s.amendments().get(0).reason());
        assertEquals("I noticed my own fatigue.", s.reflection());

        SupervisionSession open = logged("mentee", NOW.minus(Duration.ofHours(6)), 60);
        assertEquals("session.amendOnlySigned", assertThrows(Conflict.class,
                () -> open.amend("supervisor", at(NOW.minus(Duration.ofHours(6)), 30), "x", List.of(), NOW)).messageKey());
    }

    @Test
    void eachWritesOnlyTheirOwnText() {
        SupervisionSession s = logged("mentee", NOW.minus(Duration.ofHours(2)), 60);
        assertEquals("session.reflectionByMentee", assertThrows(NotPermitted.class, () -> s.reflect("supervisor", "x")).messageKey());
        assertEquals("session.notesBySupervisor", assertThrows(NotPermitted.class, () -> s.note("mentee", "x")).messageKey());
    }

    @Test
    void aSessionAddressesAtLeastOneCompetency() {
        assertEquals("competencies", assertThrows(InvalidInput.class, () -> new SessionDetails(NOW, new SessionLength(60),
                Modality.GROUP_ONLINE, Set.of(), List.of())).field());
    }

    @Test
    void everyMissingDetailIsNamedAtOnce() {
        InvalidInput all = assertThrows(InvalidInput.class, () -> new SessionDetails(null, null, null, Set.of(), List.of()));
        assertEquals(List.of("startsAt", "minutes", "modality", "competencies"), all.all().stream().map(InvalidInput::field).toList());
    }
}
