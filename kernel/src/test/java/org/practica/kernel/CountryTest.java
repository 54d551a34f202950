package org.practica.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CountryTest {

    @Test
    void anAssignedCodeIsTakenInEitherCase() {
        assertEquals("KZ", Country.code("country", " kz ", "validation.country"));
        assertNull(Country.code("country", " ", "validation.country"));
    }

    @Test
    void anUnassignedCodeOrANameIsRefusedAtTheField() {
        for (String typed : new String[]{"XX", "Kazakhstan", "KAZ"}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> Country.code("country", typed, "validation.country"));
            assertEquals("country", refused.field());
        }
    }
}
