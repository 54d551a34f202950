package org.practica.server.api.monitoring;

import org.practica.monitoring.application.PairGain;
import org.practica.monitoring.domain.KnowledgeGain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A pair's knowledge gain as the API carries it. A gain of fewer than five people is
 * {@code suppressed: true} with no number at all, not even how many.
 */
public record GainJson(long postTest, String course, String postTestTitle, String preTestTitle, Gain overall, List<Gain> perQuestion) {

    /** Means in percent of the marks; the interval is the 95 % confidence interval of the mean gain. */
    public record Gain(boolean suppressed, Integer pairs, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanGain,
                       BigDecimal low, BigDecimal high, BigDecimal improvedPercent) {

        static Gain of(KnowledgeGain g) {
            if (g.suppressed()) {
                return new Gain(true, null, null, null, null, null, null, null);
            }
            return new Gain(false, g.pairs(), round(g.meanBefore()), round(g.meanAfter()), round(g.meanGain()),
                    g.low().isPresent() ? round(g.low().getAsDouble()) : null, g.high().isPresent() ? round(g.high().getAsDouble()) : null,
                    g.improved().percent().orElse(null));
        }
    }

    static GainJson of(PairGain p) {
        return new GainJson(p.postTest(), p.course(), p.postTestTitle(), p.preTestTitle(), Gain.of(p.overall()),
                p.overall().suppressed() ? List.of() : p.perQuestion().stream().map(Gain::of).toList());
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
