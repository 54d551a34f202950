package org.practica.monitoring.domain.test;

import org.practica.kernel.ScoredAttempt.TestPhase;
import org.practica.monitoring.domain.ScorePair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pair's scores matched person by person: a person's first pre-test attempt (what they knew
 * coming in) against their latest post-test attempt (what they left with). People with only one
 * side are left out. Per question, question i of the pre-test is compared with question i of the
 * post-test, where both attempts have it.
 */
public record MatchedScores(long pair, Long preTest, List<ScorePair> overall, List<List<ScorePair>> perQuestion) {

    /** The scores of many pairs, matched pair by pair, in the order the pairs first appear. */
    public static List<MatchedScores> of(List<TestScore> scores) {
        Map<Long, Map<Long, TestScore[]>> byPair = new LinkedHashMap<>();
        Comparator<TestScore> order = Comparator.comparing(TestScore::day).thenComparing(TestScore::id);
        for (TestScore s : scores) {
            TestScore[] sides = byPair.computeIfAbsent(s.pairId(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(s.personId(), p -> new TestScore[2]);
            if (s.phase() == TestPhase.PRE) {
                sides[0] = sides[0] == null || order.compare(s, sides[0]) < 0 ? s : sides[0];
            } else {
                sides[1] = sides[1] == null || order.compare(s, sides[1]) > 0 ? s : sides[1];
            }
        }
        List<MatchedScores> matched = new ArrayList<>();
        byPair.forEach((pair, people) -> {
            List<ScorePair> overall = new ArrayList<>();
            Long preTest = null;
            List<List<ScorePair>> perQuestion = new ArrayList<>();
            for (TestScore[] sides : people.values()) {
                if (sides[0] == null || sides[1] == null) {
                    continue;
                }
                overall.add(new ScorePair(sides[0].percent(), sides[1].percent()));
                preTest = sides[0].quizId();
                List<Double> before = sides[0].questionPercents();
                List<Double> after = sides[1].questionPercents();
                for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
                    while (perQuestion.size() <= i) {
                        perQuestion.add(new ArrayList<>());
                    }
                    perQuestion.get(i).add(new ScorePair(before.get(i), after.get(i)));
                }
            }
            matched.add(new MatchedScores(pair, preTest, overall, perQuestion));
        });
        return matched;
    }
}
