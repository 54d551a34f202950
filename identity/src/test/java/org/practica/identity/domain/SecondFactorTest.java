package org.practica.identity.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecondFactorTest {

    /** Codes that are easy to read off in a test: the step number, six digits. */
    private static final OneTimeCodes CODES = new OneTimeCodes() {
        @Override
        public long step(Instant at) {
            return at.getEpochSecond() / 30;
        }

        @Override
        public String codeAt(String secretSealed, long userId, long step) {
            return String.format("%06d", step % 1_000_000);
        }
    };

    private static final Instant T0 = Instant.ofEpochSecond(30L * 100_000);   // step 100000

    private static String code(long step) {
        return String.format("%06d", step % 1_000_000);
    }

    private SecondFactor confirmed() {
        SecondFactor f = new SecondFactor(7, "sealed");
        f.confirm(CODES, code(100_000), T0);
        return f;
    }

    @Test
    void notInForceUntilConfirmedWithTheAppsCode() {
        SecondFactor f = new SecondFactor(7, "sealed");
        assertFalse(f.accept(CODES, code(100_000), T0), "a begun factor signs no one in");
        assertEquals("code", assertThrows(InvalidInput.class, () -> f.confirm(CODES, "123456", T0)).field());
        List<String> recovery = f.confirm(CODES, code(100_000), T0);
        assertEquals(10, recovery.size());
        assertEquals(10, recovery.stream().distinct().count());
        assertTrue(recovery.stream().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}")), recovery.toString());
        assertThrows(Conflict.class, () -> f.confirm(CODES, code(100_001), T0));
    }

    @Test
    void aCodeCountsOnceAndOnlyNearItsTime() {
        SecondFactor f = confirmed();
        assertFalse(f.accept(CODES, code(100_000), T0), "the code used to confirm is spent");
        assertTrue(f.accept(CODES, code(100_001), T0), "the next step's, for a clock a little ahead");
        assertFalse(f.accept(CODES, code(100_001), T0), "never twice");
        assertFalse(f.accept(CODES, code(100_000), T0.plusSeconds(30)), "nor an older one after a newer");
        assertFalse(f.accept(CODES, code(100_005), T0), "nor one far from now");
        assertFalse(f.accept(CODES, "12345", T0));
        assertFalse(f.accept(CODES, null, T0));
    }

    @Test
    void aRecoveryCodeSignsInOnceWhateverTheCaseAndSpacing() {
        SecondFactor f = new SecondFactor(7, "sealed");
        String spare = f.confirm(CODES, code(100_000), T0).get(3);
        assertTrue(f.accept(CODES, " " + spare.toUpperCase().replace("-", " ") + " ", T0));
        assertEquals(9, f.recoveryCodesLeft());
        assertFalse(f.accept(CODES, spare, T0), "spent");
    }

    @Test
    void aTemporaryPasswordIsReadableAndNeverTheSameTwice() {
        String a = TemporaryPassword.generate();
        assertTrue(a.matches("[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}"), a);
        assertFalse(a.equals(TemporaryPassword.generate()));
    }
}
