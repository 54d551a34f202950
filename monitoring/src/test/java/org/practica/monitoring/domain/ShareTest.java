package org.practica.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareTest {

    @Test
    void aShareIsShownInPercentWhenItSaysNothingOfFewerThanFivePeople() {
        assertEquals(Optional.of(new BigDecimal("62.5")), new Share(25, 40).percent());
        assertEquals(Optional.of(new BigDecimal("100.0")), new Share(30, 30).percent(), "everyone: nobody singled out");
        assertEquals(Optional.of(new BigDecimal("0.0")), new Share(0, 12).percent());
        assertEquals(Optional.of(new BigDecimal("33.3")), new Share(5, 15).percent());
    }

    @Test
    void aSmallGroupOrAFewCountedOrLeftOutHideTheShare() {
        assertTrue(new Share(2, 4).isSuppressed(), "a group of four");
        assertTrue(new Share(3, 50).isSuppressed(), "three who passed");
        assertTrue(new Share(29, 30).isSuppressed(), "the one who failed");
        assertEquals(Optional.empty(), new Share(29, 30).percent());
        assertThrows(IllegalArgumentException.class, () -> new Share(5, 4));
    }
}
