package org.practica.mentoring.domain.session;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseReferenceTest {

    @Test
    void generatedReferencesAreWellFormedAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            CaseReference r = CaseReference.generate();
            assertTrue(r.code().matches("CASE-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}"), r.code());
            assertEquals(r, new CaseReference(r.code().toLowerCase()), "typed in lower case, read back the same");
            assertEquals(r, new CaseReference(" " + r.code().replace("-", "") .replace("CASE", "CASE-") + " "));
            seen.add(r.code());
        }
        assertEquals(2_000, seen.size());
    }

    @Test
    void namesDatesAndMistypedCodesAreRefusedWithoutBeingEchoed() {
        for (String typed : new String[]{"Aisha K., born 2015", "2015-03-04", "CASE-", "CASE-AAAA-AAA", "CASE-AAAA-AAAAA"}) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> new CaseReference(typed), typed);
            assertEquals("session.caseReference.invalid", e.messageKey());
            assertEquals(0, e.arguments().length, "the refused text is not repeated in the message");
        }
        String good = CaseReference.generate().code();
        char last = good.charAt(good.length() - 1);
        char other = last == '2' ? '3' : '2';
        assertThrows(InvalidInput.class, () -> new CaseReference(good.substring(0, good.length() - 1) + other), "one wrong character");
        String swapped = good.substring(0, 5) + good.charAt(6) + good.charAt(5) + good.substring(7);
        if (good.charAt(5) != good.charAt(6)) {
            assertThrows(InvalidInput.class, () -> new CaseReference(swapped), "two characters swapped");
        }
        assertFalse(good.contains("O") || good.contains("I") || good.contains("0") || good.contains("1"));
    }
}
