package org.practica.mentoring.domain.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Supervised time added up: only signed-off sessions count, the rest is shown as pending. A
 * session counts in full towards every competency it addressed, as professional bodies count
 * supervision hours per competency. Months and days are UTC.
 */
public record SupervisedHours(int signedOffMinutes, int pendingMinutes, Map<String, Integer> signedOffByCompetency,
                              Map<YearMonth, Integer> signedOffByMonth) {

    public static SupervisedHours of(Collection<SupervisionSession> sessions) {
        return between(sessions, null, null);
    }

    /** Only sessions that started on a day from {@code from} to {@code to} (either may be open). */
    public static SupervisedHours between(Collection<SupervisionSession> sessions, LocalDate from, LocalDate to) {
        int signed = 0;
        int pending = 0;
        Map<String, Integer> byCompetency = new TreeMap<>();
        Map<YearMonth, Integer> byMonth = new TreeMap<>();
        for (SupervisionSession s : sessions) {
            SessionDetails d = s.details();
            LocalDate day = LocalDate.ofInstant(d.startsAt(), ZoneOffset.UTC);
            if (from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
                continue;
            }
            int minutes = d.length().minutes();
            if (s.status() != SessionStatus.SIGNED_OFF) {
                pending += minutes;
                continue;
            }
            signed += minutes;
            for (String c : d.competencies()) {
                byCompetency.merge(c, minutes, Integer::sum);
            }
            byMonth.merge(YearMonth.from(day), minutes, Integer::sum);
        }
        return new SupervisedHours(signed, pending, Map.copyOf(byCompetency), Map.copyOf(byMonth));
    }

    public static BigDecimal hours(int minutes) {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        // 600 minutes are "10" hours, never "1E+1"
        return h.scale() < 0 ? h.setScale(0) : h;
    }

    /** Signed-off hours of one competency as a share of those required, 0 to 100. */
    public int percentOf(String competency, BigDecimal requiredHours) {
        return percent(signedOffByCompetency.getOrDefault(competency, 0), requiredHours);
    }

    /** All signed-off hours as a share of the hours required in all, 0 to 100. */
    public int percentOfAll(BigDecimal requiredHours) {
        return percent(signedOffMinutes, requiredHours);
    }

    /** Nothing required counts as done; more than required is still 100. */
    private static int percent(int minutes, BigDecimal requiredHours) {
        if (requiredHours == null || requiredHours.signum() == 0) {
            return 100;
        }
        int percent = hours(minutes).multiply(BigDecimal.valueOf(100)).divide(requiredHours, 0, RoundingMode.DOWN).intValue();
        return Math.min(100, percent);
    }
}
