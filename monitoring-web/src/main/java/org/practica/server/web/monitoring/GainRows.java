package org.practica.server.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.monitoring.application.Indicators;
import org.practica.monitoring.application.PairGain;
import org.practica.monitoring.domain.KnowledgeGain;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.Numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * A knowledge-gain table's rows in the reader's words and numbers: the whole test, then each
 * question (unless the whole is hidden), every hidden figure a dash. For the manager's dashboard
 * and a trainer's course page alike.
 */
@Named("gainRows")
@RequestScoped
public class GainRows {

    @Inject
    Numbers numbers;

    public record GainRow(String label, String pairs, String before, String after, String gain, String improved) {
    }

    public List<GainRow> rows(PairGain pair) {
        List<GainRow> rows = new ArrayList<>();
        rows.add(row(FacesFeedback.text("monitoring.gain.whole"), pair.overall()));
        if (!pair.overall().suppressed()) {
            for (int i = 0; i < pair.perQuestion().size(); i++) {
                rows.add(row(FacesFeedback.text("monitoring.gain.question", i + 1), pair.perQuestion().get(i)));
            }
        }
        return rows;
    }

    private GainRow row(String label, KnowledgeGain g) {
        if (g.suppressed()) {
            return new GainRow(label, Indicators.SUPPRESSED, "—", "—", "—", "—");
        }
        String interval = g.low().isPresent() && g.high().isPresent()
                ? " (" + FacesFeedback.text("monitoring.gain.interval", tenth(g.low().getAsDouble()), tenth(g.high().getAsDouble())) + ")" : "";
        return new GainRow(label, numbers.of(g.pairs()), tenth(g.meanBefore()), tenth(g.meanAfter()),
                (g.meanGain() > 0 ? "+" : "") + tenth(g.meanGain()) + interval,
                g.improved().percent().map(numbers::percent).orElse("—"));
    }

    private String tenth(double value) {
        return numbers.of(java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP));
    }
}
