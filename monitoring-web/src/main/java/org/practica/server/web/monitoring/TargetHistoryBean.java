package org.practica.server.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.monitoring.application.TargetHistory;
import org.practica.monitoring.application.Targets;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.MonthlyBars;
import org.practica.server.web.support.Numbers;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One target over time (page monitoring/target.xhtml): a bar per month of what was reached from
 * the period's start, the target drawn across them, and the same figures in a table beside.
 */
@Named("targetHistory")
@RequestScoped
public class TargetHistoryBean {

    @Inject
    Targets targets;

    @Inject
    Caller caller;

    @Inject
    Numbers numbers;

    private Long id;
    private TargetHistory history;
    private MonthlyBars chart;

    public void load() {
        if (id == null) {
            FacesFeedback.error("monitoring.target.notFound");
            return;
        }
        try {
            history = targets.history(caller.get(), id);
        } catch (NotFound | NotPermitted e) {
            FacesFeedback.refused("history", e);
            return;
        }
        String series = FacesFeedback.text("monitoring.reached");
        Map<YearMonth, Map<String, Long>> reached = new LinkedHashMap<>();
        // a hidden month is drawn as no bar: it reads "<5" in the table beside the chart
        history.months().forEach(p -> p.reached().ifPresent(r -> reached.put(p.month(),
                Map.of(series, r.setScale(0, RoundingMode.HALF_UP).longValueExact()))));
        long target = history.target().target().setScale(0, RoundingMode.HALF_UP).longValueExact();
        chart = new MonthlyBars(history.months().stream().map(TargetHistory.Point::month).toList(), reached, List.of(series), caller.locale(),
                target, FacesFeedback.text("monitoring.target") + " " + numbers.of(history.target().target()));
    }

    public String monthName(YearMonth month) {
        return MonthlyBars.monthName(month, caller.locale());
    }

    public TargetHistory getHistory() { return history; }
    public MonthlyBars getChart() { return chart; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
