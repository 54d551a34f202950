package org.practica.assessments.domain.quiz;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewOptionsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static ReviewOptions at(ReviewMoment when) {
        return new ReviewOptions(when, true, true, true, true);
    }

    @Test
    void nothingIsShownBeforeSubmitting() {
        assertFalse(at(ReviewMoment.IMMEDIATELY).detailsVisible(false, null, NOW));
    }

    @Test
    void immediatelyMeansAsSoonAsSubmitted() {
        assertTrue(at(ReviewMoment.IMMEDIATELY).detailsVisible(true, NOW.plusSeconds(3600), NOW));
    }

    @Test
    void afterCloseWaitsForTheClosingMoment() {
        ReviewOptions r = at(ReviewMoment.AFTER_CLOSE);
        assertFalse(r.detailsVisible(true, NOW.plusSeconds(1), NOW), "answers must not travel while others still sit the quiz");
        assertTrue(r.detailsVisible(true, NOW, NOW));
        assertTrue(r.detailsVisible(true, NOW.minusSeconds(60), NOW));
        assertFalse(r.detailsVisible(true, null, NOW), "a quiz that never closes never shows them");
    }

    @Test
    void neverMeansOnlyTheScore() {
        assertFalse(at(ReviewMoment.NEVER).detailsVisible(true, NOW.minusSeconds(60), NOW));
    }
}
