package org.practica.monitoring.domain;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What a course's learners knew before and after it, from the people who sat both its pre-test and
 * its post-test (matched pairs; anyone with one score only is left out, since comparing different
 * people says nothing of learning). The mean gain comes with a 95 % confidence interval from the t
 * distribution, as for any paired difference; the share who improved says whether the mean hides a
 * few large gains. Fewer than five pairs are not reported at all.
 */
public record KnowledgeGain(int pairs, double meanBefore, double meanAfter, double meanGain, OptionalDouble low,
                            OptionalDouble high, Share improved) {

    public static KnowledgeGain of(List<ScorePair> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return new KnowledgeGain(0, 0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(), new Share(0, 0));
        }
        double before = pairs.stream().mapToDouble(ScorePair::before).average().orElseThrow();
        double after = pairs.stream().mapToDouble(ScorePair::after).average().orElseThrow();
        double gain = after - before;
        long improved = pairs.stream().filter(p -> p.gain() > 0).count();
        if (n < 2) {
            return new KnowledgeGain(n, before, after, gain, OptionalDouble.empty(), OptionalDouble.empty(), new Share(improved, n));
        }
        double squares = pairs.stream().mapToDouble(p -> (p.gain() - gain) * (p.gain() - gain)).sum();
        double standardError = Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return new KnowledgeGain(n, before, after, gain, OptionalDouble.of(gain - t * standardError),
                OptionalDouble.of(gain + t * standardError), new Share(improved, n));
    }

    /** Too few pairs to say anything about anyone's learning without pointing at them. */
    public boolean suppressed() {
        return pairs < Breakdown.THRESHOLD;
    }
}
