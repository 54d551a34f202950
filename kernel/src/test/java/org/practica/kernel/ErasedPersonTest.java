package org.practica.kernel;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErasedPersonTest {

    @Test
    void everyFormOfTheNameIsMaskedLongestFirstAndEmptyFormsAreDropped() {
        ErasedPerson p = new ErasedPerson(42, "zarina", ErasedPerson.pseudonymOf(42), Arrays.asList("Zarina Erasova", null, " "));
        assertEquals("erased-42", p.pseudonym());
        assertEquals(List.of("Zarina Erasova", "zarina"), p.namesToMask(),
                "the full name before the username inside it, so it is replaced whole");
    }
}
