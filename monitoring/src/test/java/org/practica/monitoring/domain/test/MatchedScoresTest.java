package org.practica.monitoring.domain.test;

import org.junit.jupiter.api.Test;
import org.practica.kernel.ScoredAttempt.TestPhase;
import org.practica.monitoring.domain.KnowledgeGain;
import org.practica.monitoring.domain.ScorePair;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MatchedScoresTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private long ids;

    private TestScore score(long person, TestPhase phase, int daysLater, double percent, double... questions) {
        List<BigDecimal> q = new ArrayList<>();
        for (double d : questions) {
            q.add(BigDecimal.valueOf(d));
        }
        TestScore s = new TestScore(person, 1, 9, phase == TestPhase.PRE ? 20 : 21, 21L, phase, DAY.plusDays(daysLater),
                BigDecimal.valueOf(percent), percent >= 60, q);
        try {
            Field id = TestScore.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(s, ++ids);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return s;
    }

    @Test
    void comparesEachPersonsFirstPreTestWithTheirLatestPostTest() {
        List<TestScore> scores = List.of(
                score(1, TestPhase.PRE, 0, 40, 0, 100),
                score(1, TestPhase.PRE, 2, 90, 100, 100),   // a second go at the pre-test is not what they knew coming in
                score(1, TestPhase.POST, 10, 60, 100, 0),
                score(1, TestPhase.POST, 12, 80, 100, 50),  // their latest post-test is what they left with
                score(2, TestPhase.PRE, 0, 50, 50, 50),
                score(2, TestPhase.POST, 9, 50, 100, 0),
                score(3, TestPhase.PRE, 0, 30, 0, 0));      // no post-test: left out
        List<MatchedScores> matched = MatchedScores.of(scores);
        assertEquals(1, matched.size());
        MatchedScores pair = matched.get(0);
        assertEquals(21L, pair.pair());
        assertEquals(20L, pair.preTest());
        assertEquals(List.of(new ScorePair(40, 80), new ScorePair(50, 50)), pair.overall());
        assertEquals(List.of(new ScorePair(0, 100), new ScorePair(50, 100)), pair.perQuestion().get(0));
        assertEquals(List.of(new ScorePair(100, 50), new ScorePair(50, 0)), pair.perQuestion().get(1));
        KnowledgeGain gain = KnowledgeGain.of(pair.overall());
        assertEquals(45.0, gain.meanBefore(), 1e-9);
        assertEquals(65.0, gain.meanAfter(), 1e-9);
        assertEquals(20.0, gain.meanGain(), 1e-9);
        // the second question did not land: both people lost ground on it
        assertEquals(-50.0, KnowledgeGain.of(pair.perQuestion().get(1)).meanGain(), 1e-9);
    }
}
