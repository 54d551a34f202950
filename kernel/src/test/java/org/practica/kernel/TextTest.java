package org.practica.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextTest {

    @Test
    void textPeopleTypeIsKeptStripped() {
        assertEquals("Қазақстан 🌱\nline two\ttab", Text.required("name", "  Қазақстан 🌱\nline two\ttab ", 100));
        assertNull(Text.optional("name", "   ", 10));
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedByField() {
        for (String bad : new String[]{"a\u0000b", "bell\u0007", "half \uD83C pair", "\uDF31 low alone", "del\u007F"}) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> Text.optional("reason", bad, 100), bad);
            assertEquals("reason", e.field());
            assertEquals("validation.unreadable", e.messageKey());
        }
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertEquals("🌱🌱", Text.required("name", "🌱🌱", 2));
        assertThrows(InvalidInput.class, () -> Text.required("name", "🌱🌱🌱", 2));
    }
}
