package org.practica.identity.domain.erasure;

import org.junit.jupiter.api.Test;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ErasureRequestTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final long PERSON = 7;
    private static final long ADMIN = 2;

    private final ErasureRequest request = new ErasureRequest(PERSON, 1, T0);

    @Test
    void aRefusalNeedsAReasonThePersonWillRead() {
        InvalidInput blank = assertThrows(InvalidInput.class, () -> request.refuse(ADMIN, "  ", T0));
        assertEquals("reason", blank.field());
        assertThrows(InvalidInput.class, () -> request.refuse(ADMIN, "x".repeat(1001), T0));
        assertEquals(ErasureStatus.REQUESTED, request.status(), "nothing decided by a refused refusal");

        request.refuse(ADMIN, "Supervision records are kept five years.", T0.plusSeconds(60));
        assertEquals(ErasureStatus.REFUSED, request.status());
        assertEquals("Supervision records are kept five years.", request.refusalReason());
        assertEquals(T0.plusSeconds(60), request.decidedAt());
    }

    @Test
    void noOneDecidesTheirOwnRequest() {
        assertEquals("erasure.notOwnDecision", assertThrows(NotPermitted.class, () -> request.approve(PERSON, T0)).messageKey());
        assertThrows(NotPermitted.class, () -> request.refuse(PERSON, "mine", T0));
    }

    @Test
    void aDecisionIsFinal() {
        request.approve(ADMIN, T0);
        assertEquals(ErasureStatus.ERASED, request.status());
        assertEquals("erasure.alreadyDecided", assertThrows(Conflict.class, () -> request.refuse(ADMIN, "late", T0)).messageKey());
        assertThrows(Conflict.class, () -> request.approve(ADMIN, T0));
        assertThrows(Conflict.class, () -> request.withdraw(T0));
    }

    @Test
    void thePersonWithdrawsOnlyWhileItWaits() {
        request.withdraw(T0.plusSeconds(5));
        assertEquals(ErasureStatus.WITHDRAWN, request.status());
        assertThrows(Conflict.class, () -> request.approve(ADMIN, T0));
    }
}
