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

import org.practica.monitoring.application.IndicatorQuery;
import org.practica.monitoring.application.KnowledgeGains;
import org.practica.monitoring.application.PairGain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme manager's dashboard (monitoring/index.xhtml): the indicators of a period, for one
 * organisation or all within their reach, as figures, a chart of the months and the tables beside
 * it, and the people trained split by each fact people gave. Filters are GET parameters, so a view can be bookmarked and sent; the last twelve months
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

    @Inject
    KnowledgeGains knowledgeGains;

    private String from;
    private String to;
    private Long organisation;
    private Long course;
    private Map<Long, String> courses;
    private Long cohort;
    private Map<Long, String> cohorts;
    private Long body;
    private Map<Long, String> bodies;
    private final TypedFacts facts = new TypedFacts();
    private Dashboard dashboard;
    private List<Split> splits;
    private List<PairGain> gains;
    private MonthlyBars chart;
    private Map<Long, String> organisations;

    public void load() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            LocalDate start = from == null || from.isBlank() ? today.minusMonths(11).withDayOfMonth(1) : Day.typed("from", from);
            LocalDate end = to == null || to.isBlank() ? today : Day.typed("to", to);
            from = start.toString();
            to = end.toString();
            IndicatorQuery query = new IndicatorQuery(start, end, organisation, course, cohort, body, facts.filter());
            dashboard = indicators.dashboard(caller.get(), query);
            splits = splits(dashboard);
            gains = knowledgeGains.within(caller.get(), query);
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

    /** One breakdown of the people trained as the page draws it: a bar and a row per category. */
    public record Split(String attribute, List<SplitRow> rows, String total) {
    }

    /** A category's label, its count as shown, and its bar's length in percent of the largest (none when hidden). */
    public record SplitRow(String value, String label, String shown, Long bar) {
    }

    private List<Split> splits(Dashboard d) {
        String language = caller.locale().getLanguage();
        List<Split> all = new ArrayList<>();
        d.byProfile().forEach((dimension, breakdown) -> {
            long top = breakdown.cells().values().stream().map(Cell::visible).filter(java.util.OptionalLong::isPresent)
                    .mapToLong(java.util.OptionalLong::getAsLong).max().orElse(0);
            List<SplitRow> rows = new ArrayList<>();
            breakdown.cells().forEach((value, cell) -> rows.add(new SplitRow(value, dimension.label(value, language, FacesFeedback::text),
                    shown(cell), cell.visible().isPresent() && top > 0 ? Math.round(100.0 * cell.visible().getAsLong() / top) : null)));
            all.add(new Split(dimension.attribute(), rows, shown(breakdown.total())));
        });
        return all;
    }

    /** One line of a pair's table: the whole quiz, or one question; hidden figures read "<5" and "—". */

    /** The filters as a query string, for the export links: the file holds what the page shows. */
    public String getQuery() {
        StringBuilder q = new StringBuilder("from=").append(from).append("&to=").append(to);
        if (organisation != null) q.append("&organisation=").append(organisation);
        if (course != null) q.append("&course=").append(course);
        if (cohort != null) q.append("&cohort=").append(cohort);
        if (body != null) q.append("&body=").append(body);
        facts.each((name, value) -> append(q, name, value));
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
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

    /** Read once per request, for the course filter. */
    public Map<Long, String> getCourses() {
        if (courses == null) {
            courses = indicators.courses(caller.get());
        }
        return courses;
    }

    /** For the cohort filter: each cohort named by its course and its own name. */
    public Map<Long, String> getCohorts() {
        if (cohorts == null) {
            cohorts = indicators.cohorts(caller.get());
        }
        return cohorts;
    }

    /** For the body filter. */
    public Map<Long, String> getBodies() {
        if (bodies == null) {
            bodies = indicators.bodies(caller.get());
        }
        return bodies;
    }

    /** A counted course's name, for the survey table. */
    public String courseName(long course) {
        return getCourses().getOrDefault(course, "#" + course);
    }

    /** Whether the figures are narrowed by people's facts, which anonymous replies cannot be. */
    public boolean isNarrowedByFacts() {
        return !facts.filter().anyone();
    }

    public boolean isNational() {
        return indicators.readsWholeProgramme(caller.get());
    }

    public Dashboard getDashboard() { return dashboard; }
    public YearMonth getFirstMonth() { return YearMonth.from(dashboard.from()); }
    public YearMonth getLastMonth() { return YearMonth.from(dashboard.to()); }
    public List<Split> getSplits() { return splits; }
    public List<PairGain> getGains() { return gains; }
    public TypedFacts getFacts() { return facts; }
    public MonthlyBars getChart() { return chart; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public Long getOrganisation() { return organisation; }
    public void setOrganisation(Long organisation) { this.organisation = organisation; }
    public Long getCourse() { return course; }
    public void setCourse(Long course) { this.course = course; }
    public Long getCohort() { return cohort; }
    public void setCohort(Long cohort) { this.cohort = cohort; }
    public Long getBody() { return body; }
    public void setBody(Long body) { this.body = body; }
}
