package org.practica.identity.domain.notification;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NoticeKind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutgoingMailTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
    private static final Duration FIRST = Duration.ofMinutes(1);

    private static OutgoingMail pending() {
        return OutgoingMail.single(7, 1, T0);
    }

    @Test
    void aMailServerThatIsDownIsTriedAgainWithAWaitThatDoublesUpToAnHour() {
        OutgoingMail mail = pending();
        Instant now = T0;
        List<Duration> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            mail.claim(now);
            mail.notYet("Connection refused", FIRST, now);
            assertEquals(MailStatus.PENDING, mail.status());
            waits.add(Duration.between(now, mail.nextAttemptAt()));
            now = mail.nextAttemptAt();
        }
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16),
                Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)), waits);
        assertEquals(9, mail.attempts());
        assertEquals("Connection refused", mail.lastError());
    }

    @Test
    void itIsNotTakenBeforeItsTimeNorTwice() {
        OutgoingMail mail = pending();
        mail.claim(T0);
        assertThrows(IllegalStateException.class, () -> mail.claim(T0), "taken already");
        mail.notYet("421 try later", FIRST, T0);
        assertThrows(IllegalStateException.class, () -> mail.claim(T0.plusSeconds(30)), "its wait has not passed");
        mail.claim(T0.plusSeconds(60));
        mail.sent(T0.plusSeconds(61));
        assertEquals(MailStatus.SENT, mail.status());
        assertEquals(null, mail.lastError());
        assertThrows(IllegalStateException.class, () -> mail.notYet("late", FIRST, T0.plusSeconds(62)), "a sent e-mail stays sent");
    }

    @Test
    void anAddressThatIsRefusedEndsItAndDaysOfOutageGiveUp() {
        OutgoingMail bounced = pending();
        bounced.claim(T0);
        bounced.refused("550 5.1.1 no such user");
        assertEquals(MailStatus.FAILED, bounced.status());
        assertThrows(IllegalStateException.class, () -> bounced.claim(T0.plusSeconds(3600)), "never tried again by itself");

        OutgoingMail stale = pending();
        stale.claim(T0.plus(Duration.ofDays(3)));
        stale.notYet("Connection refused", FIRST, T0.plus(Duration.ofDays(3)));
        assertEquals(MailStatus.FAILED, stale.status(), "after three days the bell is enough");

        stale.tryAgain(T0.plus(Duration.ofDays(4)));
        assertEquals(MailStatus.PENDING, stale.status());
        assertEquals(0, stale.attempts());
    }

    @Test
    void aSenderThatStoppedLeavesItUncertainNotResent() {
        OutgoingMail mail = pending();
        mail.claim(T0);
        mail.senderLost();
        assertEquals(MailStatus.UNCERTAIN, mail.status());
        assertThrows(IllegalStateException.class, () -> mail.claim(T0.plusSeconds(3600)));
        mail.sent(T0.plusSeconds(5));   // the slow sender reports after all: it went
        assertEquals(MailStatus.SENT, mail.status());
        OutgoingMail sent = pending();
        assertThrows(IllegalStateException.class, () -> sent.tryAgain(T0), "only failed, withheld or uncertain ones are retried");
    }

    @Test
    void securityNoticesAreAlwaysMailedAndOtherKindsFollowTheChoice() {
        MailPreferences mine = new MailPreferences(7);
        assertEquals(Delivery.AT_ONCE, mine.deliveryOf(NoticeKind.ESSAY_GRADED));
        assertEquals(Delivery.DAILY_DIGEST, mine.deliveryOf(NoticeKind.ESSAYS_WAITING), "what piles up for staff comes once a day");
        mine.choose(NoticeKind.ESSAY_GRADED, Delivery.DAILY_DIGEST);
        assertEquals(Delivery.DAILY_DIGEST, mine.deliveryOf(NoticeKind.ESSAY_GRADED));
        assertThrows(InvalidInput.class, () -> mine.choose(NoticeKind.PASSWORD_CHANGED, Delivery.IN_APP));
        mine.unsubscribe(NoticeKind.ENROLLED);
        assertEquals(Delivery.IN_APP, mine.deliveryOf(NoticeKind.ENROLLED));
        mine.unsubscribeDigest();
        assertEquals(Delivery.IN_APP, mine.deliveryOf(NoticeKind.ESSAY_GRADED));
        assertEquals(Delivery.IN_APP, mine.deliveryOf(NoticeKind.ESSAYS_WAITING));
        assertEquals(Delivery.AT_ONCE, mine.deliveryOf(NoticeKind.SECOND_FACTOR_ADDED));
        assertEquals(43, mine.unsubscribeToken().length());
        assertEquals(false, mine.unsubscribeToken().equals(new MailPreferences(8).unsubscribeToken()));
    }
}
