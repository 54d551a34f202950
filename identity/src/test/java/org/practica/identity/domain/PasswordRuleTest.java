package org.practica.identity.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordRuleTest {

    private final Username owner = new Username("aida");

    @Test
    void acceptsALongEnoughPassphrase() {
        assertDoesNotThrow(() -> PasswordRule.check("password", "river stone lamp", owner));
        assertDoesNotThrow(() -> PasswordRule.check("password", "twelve chars", owner), "twelve is enough (ASVS 2.1.1)");
        assertThrows(InvalidInput.class, () -> PasswordRule.check("password", "eleven char", owner));
    }

    @Test
    void refusesShortLongAndUsernameBearingPasswords() {
        assertEquals("validation.password.tooShort",
                assertThrows(InvalidInput.class, () -> PasswordRule.check("password", "short", owner)).messageKey());
        assertEquals("validation.tooLong",
                assertThrows(InvalidInput.class, () -> PasswordRule.check("password", "x".repeat(129), owner)).messageKey());
        assertEquals("validation.password.containsUsername",
                assertThrows(InvalidInput.class, () -> PasswordRule.check("password", "my-AIDA-password", owner)).messageKey());
    }

    @Test
    void namesTheFieldItWasGiven() {
        assertEquals("newPassword", assertThrows(InvalidInput.class, () -> PasswordRule.check("newPassword", "", owner)).field());
    }
}
