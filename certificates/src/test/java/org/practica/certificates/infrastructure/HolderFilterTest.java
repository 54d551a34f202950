package org.practica.certificates.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a registrar types in the holder filter is matched as typed: % and _ are letters, not wildcards. */
class HolderFilterTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreLiteral() {
        assertEquals("100!% sure", JpaCertificateRepository.literally("100% sure"));
        assertEquals("a!_b", JpaCertificateRepository.literally("a_b"));
        assertEquals("wow!!", JpaCertificateRepository.literally("wow!"));
        assertEquals("Қанат", JpaCertificateRepository.literally("Қанат"));
    }
}
