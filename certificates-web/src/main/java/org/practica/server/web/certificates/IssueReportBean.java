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

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registrar's report (registry/report.xhtml): certificates per programme, region and month in a
 * table, and the months as a stacked bar chart drawn in SVG on the server, so it needs no script
 * and stays small on a slow line.
 */
@Named("issueReport")
@RequestScoped
public class IssueReportBean {

    private static final String[] COLOURS = {"#0b6e4f", "#2a6fb0", "#b06a2a", "#7a4fb0", "#b02a5a", "#4f8a0b"};
    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;

    @Inject
    Registry registry;

    @Inject
    Caller caller;

    private String from;
    private String to;
    private IssueReport report;
    private final List<Bar> bars = new ArrayList<>();
    private final List<Legend> legend = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private long top;

    /** A segment of a month's bar: one programme's certificates that month. */
    public record Bar(double x, double y, double width, double height, String colour, String title) {
    }

    public record Legend(String colour, String label) {
    }

    /** A month under its bar. */
    public record Tick(double x, String label) {
    }

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

    /**
     * Every month of the period gets its place, an empty month too, so a gap in issuing shows as
     * a gap; with many months only every few are named, so the names do not run together.
     */
    private void draw() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(report.from()); !m.isAfter(YearMonth.from(report.to())); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<String, String> colours = new LinkedHashMap<>();
        Map<String, Map<String, Long>> perMonth = new TreeMap<>();
        for (IssueReport.Line l : report.lines()) {
            colours.computeIfAbsent(l.programme(), p -> COLOURS[colours.size() % COLOURS.length]);
            perMonth.computeIfAbsent(l.month(), m -> new LinkedHashMap<>()).merge(l.programme(), l.issued(), Long::sum);
        }
        top = Math.max(1, perMonth.values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum()).max().orElse(1));
        double slot = months.isEmpty() ? 0 : (double) (WIDTH - LEFT) / months.size();
        double plot = HEIGHT - BOTTOM - 10;
        int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        Locale locale = caller.locale();
        DateTimeFormatter label = DateTimeFormatter.ofPattern("LLL yy", locale);
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            String key = month.toString();
            double x = LEFT + i * slot + slot * 0.15;
            double base = HEIGHT - BOTTOM;
            for (Map.Entry<String, Long> e : perMonth.getOrDefault(key, Map.of()).entrySet()) {
                double h = plot * e.getValue() / top;
                base -= h;
                bars.add(new Bar(x, base, slot * 0.7, h, colours.get(e.getKey()), monthName(month) + " · " + e.getKey() + ": " + e.getValue()));
            }
            if (i % every == 0) {
                ticks.add(new Tick(x + slot * 0.35, label.format(month)));
            }
        }
        colours.forEach((programme, colour) -> legend.add(new Legend(colour, programme)));
    }

    /** A month written out for the table and the bars' titles ("November 2026"). */
    private String monthName(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", caller.locale()).format(month);
    }

    /** The table's month, kept as "2026-11" in the report, written out. */
    public String monthOf(String month) {
        return monthName(YearMonth.parse(month));
    }

    public IssueReport getReport() { return report; }
    public List<Bar> getBars() { return bars; }
    public List<Legend> getLegend() { return legend; }
    public List<Tick> getTicks() { return ticks; }
    public long getTop() { return top; }
    public int getWidth() { return WIDTH; }
    public int getHeight() { return HEIGHT; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
