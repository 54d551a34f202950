package org.practica.server.web.support;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stacked bar chart of months, laid out on the server for an SVG the page draws without script
 * (templates/monthly-chart.xhtml), so it stays small on a slow line. Every month of the period gets
 * its place, an empty one too, so a gap shows as a gap; with many months only every few are named.
 */
public final class MonthlyBars {

    private static final String[] COLOURS = {"#0b6e4f", "#2a6fb0", "#b06a2a", "#7a4fb0", "#b02a5a", "#4f8a0b"};
    public static final int WIDTH = 720;
    public static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;

    /** A segment of a month's bar: one series' count that month. */
    public record Bar(double x, double y, double width, double height, String colour, String title) {
    }

    public record Legend(String colour, String label) {
    }

    /** A month under its bar. */
    public record Tick(double x, String label) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private final List<Legend> legend = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private final long top;
    private final Double lineY;
    private final String lineLabel;

    /**
     * @param values per month, each series' count, in the order the legend lists the series
     * @param series the series in legend order (each gets the next colour)
     */
    public MonthlyBars(List<YearMonth> months, Map<YearMonth, Map<String, Long>> values, List<String> series, Locale locale) {
        this(months, values, series, locale, null, null);
    }

    /**
     * The same chart with a level drawn across it (a target), labelled; the scale reaches it even
     * when no bar does yet.
     */
    public MonthlyBars(List<YearMonth> months, Map<YearMonth, Map<String, Long>> values, List<String> series, Locale locale,
                       Long line, String lineLabel) {
        Map<String, String> colours = new LinkedHashMap<>();
        series.forEach(s -> colours.put(s, COLOURS[colours.size() % COLOURS.length]));
        long highest = Math.max(1, values.values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum()).max().orElse(1));
        top = line == null ? highest : Math.max(highest, line);
        this.lineY = line == null ? null : HEIGHT - BOTTOM - (double) (HEIGHT - BOTTOM - 10) * line / top;
        this.lineLabel = lineLabel;
        double slot = months.isEmpty() ? 0 : (double) (WIDTH - LEFT) / months.size();
        double plot = HEIGHT - BOTTOM - 10;
        int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        DateTimeFormatter label = DateTimeFormatter.ofPattern("LLL yy", locale);
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double base = HEIGHT - BOTTOM;
            for (Map.Entry<String, Long> e : values.getOrDefault(month, Map.of()).entrySet()) {
                double h = plot * e.getValue() / top;
                base -= h;
                bars.add(new Bar(x, base, slot * 0.7, h, colours.get(e.getKey()), monthName(month, locale) + " · " + e.getKey() + ": " + e.getValue()));
            }
            if (i % every == 0) {
                ticks.add(new Tick(x + slot * 0.35, label.format(month)));
            }
        }
        colours.forEach((s, colour) -> legend.add(new Legend(colour, s)));
    }

    /** Every month from the first to the last, both included. */
    public static List<YearMonth> between(YearMonth first, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** A month written out ("November 2026"), for tables and the bars' titles. */
    public static String monthName(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    public List<Bar> getBars() { return bars; }
    public List<Legend> getLegend() { return legend; }
    public List<Tick> getTicks() { return ticks; }
    public long getTop() { return top; }
    /** Where the level is drawn, or null when there is none. */
    public Double getLineY() { return lineY; }
    public String getLineLabel() { return lineLabel; }
    public int getWidth() { return WIDTH; }
    public int getHeight() { return HEIGHT; }
}
