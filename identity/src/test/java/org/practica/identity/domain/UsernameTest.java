package org.practica.identity.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practica.kernel.InvalidInput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsernameTest {

    @Test
    void typedNamesAreTrimmedAndLowerCased() {
        assertEquals("aida.k", Username.typed("  Aida.K ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "-leading", "has space", "кириллица", "semi;colon"})
    void malformedNamesAreRefusedNamingTheField(String raw) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new Username(raw));
        assertEquals("username", e.field());
    }

    @Test
    void overlongNameSaysHowLongItMayBe() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new Username("a".repeat(65)));
        assertEquals("validation.tooLong", e.messageKey());
        assertEquals(64, e.arguments()[0]);
    }

    @Test
    void blankNameIsRequired() {
        assertEquals("validation.required", assertThrows(InvalidInput.class, () -> Username.typed("  ")).messageKey());
    }

    @Test
    void namesOfErasedAccountsAreKeptForThem() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Username.typed("Erased-12").forNewAccount());
        assertEquals("validation.username.reserved", e.messageKey());
        assertEquals("erasedtoday", Username.typed("erasedtoday").forNewAccount().value());
        assertTrue(Username.isPseudonym("erased-12"));
        assertFalse(Username.isPseudonym("erased-twelve"));
    }
}
