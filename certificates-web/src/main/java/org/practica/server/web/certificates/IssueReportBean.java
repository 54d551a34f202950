package org.practica.server.web.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.certificates.application.IssueReport;
import org.practica.certificates.application.Registry;
import org.practica.identity.application.Caller;
import org.practica.kernel.Day;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.MonthlyBars;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registrar's report (registry/report.xhtml): certificates per programme, region and month in a
 * table, and the months as a stacked bar chart drawn in SVG on the server ({@link MonthlyBars}).
 */
@Named("issueReport")
@RequestScoped
public class IssueReportBean {

    @Inject
    Registry registry;

    @Inject
    Caller caller;

    private String from;
    private String to;
    private IssueReport report;
    private MonthlyBars chart;

    public void load() {
        try {
            report = registry.report(caller.get(), Day.typed("from", from), Day.typed("to", to), caller.locale().getLanguage());
            draw();
        } catch (InvalidInput e) {
            FacesFeedback.error(e.messageKey(), e.arguments());
        } catch (NotPermitted e) {
            FacesFeedback.error(e.messageKey());
        }
    }

    private void draw() {
        Map<YearMonth, Map<String, Long>> perMonth = new TreeMap<>();
        Set<String> programmes = new LinkedHashSet<>();
        for (IssueReport.Line l : report.lines()) {
            programmes.add(l.programme());
            perMonth.computeIfAbsent(YearMonth.parse(l.month()), m -> new LinkedHashMap<>()).merge(l.programme(), l.issued(), Long::sum);
        }
        chart = new MonthlyBars(MonthlyBars.between(YearMonth.from(report.from()), YearMonth.from(report.to())), perMonth,
                List.copyOf(programmes), caller.locale());
    }

    /** The table's month, kept as "2026-11" in the report, written out. */
    public String monthOf(String month) {
        return MonthlyBars.monthName(YearMonth.parse(month), caller.locale());
    }

    public IssueReport getReport() { return report; }
    public MonthlyBars getChart() { return chart; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
