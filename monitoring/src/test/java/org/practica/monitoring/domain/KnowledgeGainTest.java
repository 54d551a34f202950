package org.practica.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gain of five matched pairs, against the same sums worked out by hand below. */
class KnowledgeGainTest {

    /** Student's t for 4 degrees of freedom, two-sided 95 %, from a printed table. */
    private static final double T_4 = 2.776445;

    @Test
    void theMeanGainAndItsIntervalAreThoseOfThePairedDifferences() {
        List<ScorePair> pairs = List.of(new ScorePair(40, 60), new ScorePair(50, 70), new ScorePair(60, 65),
                new ScorePair(70, 68), new ScorePair(30, 55));
        // gains 20, 20, 5, -2, 25: mean 13.6; squared deviations 40.96, 40.96, 73.96, 243.36, 129.96 = 529.2
        double sd = Math.sqrt(529.2 / 4);
        double halfWidth = T_4 * sd / Math.sqrt(5);
        KnowledgeGain g = KnowledgeGain.of(pairs);
        assertEquals(5, g.pairs());
        assertEquals(50.0, g.meanBefore(), 1e-9);
        assertEquals(63.6, g.meanAfter(), 1e-9);
        assertEquals(13.6, g.meanGain(), 1e-9);
        assertEquals(13.6 - halfWidth, g.low().orElseThrow(), 1e-4);
        assertEquals(13.6 + halfWidth, g.high().orElseThrow(), 1e-4);
        assertEquals(-0.68, g.low().orElseThrow(), 0.01);
        assertEquals(4, g.improved().of());
        assertFalse(g.suppressed());
    }

    @Test
    void fewerThanFivePairsAreNotReportedAndOneHasNoInterval() {
        assertTrue(KnowledgeGain.of(List.of(new ScorePair(10, 20), new ScorePair(20, 30))).suppressed());
        KnowledgeGain one = KnowledgeGain.of(List.of(new ScorePair(10, 20)));
        assertTrue(one.low().isEmpty());
        assertEquals(0, KnowledgeGain.of(List.of()).pairs());
    }
}
