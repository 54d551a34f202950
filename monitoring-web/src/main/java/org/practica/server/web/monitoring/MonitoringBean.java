package org.practica.server.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.kernel.Day;
import org.practica.kernel.InvalidInput;
import org.practica.monitoring.application.Dashboard;
import org.practica.monitoring.application.Indicators;
import org.practica.monitoring.application.MonthRow;
import org.practica.monitoring.domain.Cell;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.MonthlyBars;
import org.practica.server.web.support.Numbers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme manager's dashboard (monitoring/index.xhtml): the indicators of a period, for one
 * organisation or all within their reach, as figures, a chart of the months and the tables beside
 * it. Filters are GET parameters, so a view can be bookmarked and sent; the last twelve months
 * are shown when none are given.
 */
@Named("monitoring")
@RequestScoped
public class MonitoringBean {

    @Inject
    Indicators indicators;

    @Inject
    Caller caller;

    @Inject
    Numbers numbers;

    private String from;
    private String to;
    private Long organisation;
    private Dashboard dashboard;
    private MonthlyBars chart;
    private Map<Long, String> organisations;

    public void load() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            LocalDate start = from == null || from.isBlank() ? today.minusMonths(11).withDayOfMonth(1) : Day.typed("from", from);
            LocalDate end = to == null || to.isBlank() ? today : Day.typed("to", to);
            from = start.toString();
            to = end.toString();
            dashboard = indicators.dashboard(caller.get(), start, end, organisation, null);
            Map<YearMonth, Map<String, Long>> trained = new LinkedHashMap<>();
            String series = FacesFeedback.text("monitoring.trained");
            for (MonthRow m : dashboard.months()) {
                // a hidden count is drawn as no bar: its month reads "<5" in the table beside the chart
                m.trained().visible().ifPresent(n -> trained.put(m.month(), Map.of(series, n)));
            }
            chart = new MonthlyBars(dashboard.months().stream().map(MonthRow::month).toList(), trained, List.of(series), caller.locale());
        } catch (InvalidInput e) {
            FacesFeedback.error(e.messageKey(), e.arguments());
        }
    }

    /** A figure as the page shows it: the number in the reader's digits, or "<5". */
    public String shown(Cell cell) {
        return cell.visible().isPresent() ? numbers.of(cell.visible().getAsLong()) : Indicators.SUPPRESSED;
    }

    public String monthName(YearMonth month) {
        return MonthlyBars.monthName(month, caller.locale());
    }

    /** Read once per request: the filter and the target form both list them. */
    public Map<Long, String> getOrganisations() {
        if (organisations == null) {
            organisations = indicators.organisationsWithin(caller.get());
        }
        return organisations;
    }

    public boolean isNational() {
        return indicators.readsWholeProgramme(caller.get());
    }

    public Dashboard getDashboard() { return dashboard; }
    public MonthlyBars getChart() { return chart; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public Long getOrganisation() { return organisation; }
    public void setOrganisation(Long organisation) { this.organisation = organisation; }
}
