package org.practica.monitoring.domain;

import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a dashboard counts of people in a period, summed in one pass over their summary rows
 * (one per person: their organisation, their facts, the months each thing happened to them as bits
 * of {@link MonthWindow}, and their {@link MonthlyMeasures}). One pass replaces a query per figure:
 * on a national programme the rows are read once, not ten times.
 */
public final class PeopleSummary implements PeopleFigures {

    /** The summary columns of month bits, in the order {@link #count} takes their two words each. */
    public static final List<String> COLUMNS = List.of("enrolled", "completed", "certified", "supervised", "attempted", "passed");

    private static final List<TrainingEvent> TALLIED = List.of(TrainingEvent.ENROLLED, TrainingEvent.COMPLETED, TrainingEvent.CERTIFIED,
            TrainingEvent.HOURS_SIGNED_OFF);

    private final YearMonth from;
    private final int first;
    private final int months;
    private final long maskA;
    private final long maskB;
    private final long[] people = new long[COLUMNS.size()];
    private final long[][] monthly;
    private final long[] hundredths;
    private final long[] enrolledIn;
    private final long[] completedOf;
    private final Map<Long, long[]> byOrganisation = new HashMap<>();
    private final Map<ProfileDimension, Map<String, long[]>> byFact = new EnumMap<>(ProfileDimension.class);

    /** A summary of the months {@code from..to}, both inside the window. */
    public PeopleSummary(YearMonth from, YearMonth to) {
        if (!MonthWindow.covers(from, to) || to.isBefore(from)) {
            throw new IllegalArgumentException("a summary covers months of the window, in order");
        }
        this.from = from;
        this.first = index(from);
        int last = index(to);
        this.months = last - first + 1;
        this.maskA = MonthWindow.mask(first, last, 0);
        this.maskB = MonthWindow.mask(first, last, 1);
        this.monthly = new long[COLUMNS.size()][months];
        this.enrolledIn = new long[months];
        this.completedOf = new long[months];
        this.hundredths = new long[months];
        for (ProfileDimension d : ProfileDimension.values()) {
            byFact.put(d, new HashMap<>());
        }
    }

    /** The first month of the period as a position of the window: where a row's measures are read from. */
    public int firstMonth() {
        return first;
    }

    public int months() {
        return months;
    }

    /**
     * Counts one person: their organisation, their facts in the order of {@link ProfileDimension}
     * (null where not given), the two words of each of {@link #COLUMNS}, and their measures from
     * the period's first month on.
     */
    public void count(long organisation, String[] facts, long[] words, byte[] measures) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            long a = words[2 * c] & maskA;
            long b = words[2 * c + 1] & maskB;
            if ((a | b) == 0) {
                continue;
            }
            people[c]++;
            perMonth(monthly[c], a, 0);
            perMonth(monthly[c], b, MonthWindow.BITS);
            if (c == 0) {
                byOrganisation.computeIfAbsent(organisation, o -> new long[1])[0]++;
                ProfileDimension[] dimensions = ProfileDimension.values();
                for (int d = 0; d < dimensions.length; d++) {
                    if (facts[d] != null) {
                        byFact.get(dimensions[d]).computeIfAbsent(facts[d], v -> new long[1])[0]++;
                    }
                }
            }
        }
        for (int m = 0; m < months; m++) {
            enrolledIn[m] += MonthlyMeasures.enrolments(measures, m);
            completedOf[m] += MonthlyMeasures.completed(measures, m);
            hundredths[m] += MonthlyMeasures.hundredths(measures, m);
        }
    }

    private void perMonth(long[] counts, long bits, int offset) {
        while (bits != 0) {
            int bit = Long.numberOfTrailingZeros(bits);
            counts[bit + offset - first]++;
            bits &= bits - 1;
        }
    }

    @Override
    public CountedEvents.Tally tally() {
        Map<TrainingEvent, Long> total = new EnumMap<>(TrainingEvent.class);
        Map<Integer, Map<TrainingEvent, Long>> perMonth = new LinkedHashMap<>();
        for (int c = 0; c < TALLIED.size(); c++) {
            total.put(TALLIED.get(c), people[c]);
        }
        for (int m = 0; m < months; m++) {
            Map<TrainingEvent, Long> counts = new EnumMap<>(TrainingEvent.class);
            for (int c = 0; c < TALLIED.size(); c++) {
                counts.put(TALLIED.get(c), monthly[c][m]);
            }
            perMonth.put(yyyymm(m), counts);
        }
        return new CountedEvents.Tally(total, perMonth);
    }

    /** People trained per organisation. */
    @Override
    public List<CountedEvents.GroupCount> byOrganisation() {
        List<CountedEvents.GroupCount> groups = new ArrayList<>();
        byOrganisation.forEach((o, n) -> groups.add(new CountedEvents.GroupCount(o, n[0])));
        return groups;
    }

    /** People trained per value of one fact, of those who gave it. */
    @Override
    public List<CountedEvents.FactCount> byFact(ProfileDimension dimension) {
        List<CountedEvents.FactCount> counts = new ArrayList<>();
        byFact.get(dimension).forEach((v, n) -> counts.add(new CountedEvents.FactCount(v, n[0])));
        return counts;
    }

    /** Supervised hours per month (yyyymm) that had any. */
    @Override
    public Map<Integer, BigDecimal> hours() {
        Map<Integer, BigDecimal> hours = new LinkedHashMap<>();
        for (int m = 0; m < months; m++) {
            if (hundredths[m] != 0) {
                hours.put(yyyymm(m), BigDecimal.valueOf(hundredths[m], 2));
            }
        }
        return hours;
    }

    @Override
    public CountedEvents.Completion completion() {
        return new CountedEvents.Completion(java.util.Arrays.stream(enrolledIn).sum(), java.util.Arrays.stream(completedOf).sum());
    }

    @Override
    public CountedEvents.Completion completion(int yyyymm) {
        int m = monthOf(yyyymm);
        return m < 0 ? new CountedEvents.Completion(0, 0) : new CountedEvents.Completion(enrolledIn[m], completedOf[m]);
    }

    @Override
    public long attempted(int yyyymm) {
        int m = monthOf(yyyymm);
        return m < 0 ? 0 : monthly[4][m];
    }

    @Override
    public long passed(int yyyymm) {
        int m = monthOf(yyyymm);
        return m < 0 ? 0 : monthly[5][m];
    }

    private int monthOf(int yyyymm) {
        int m = (yyyymm / 100 - from.getYear()) * 12 + yyyymm % 100 - from.getMonthValue();
        return m >= 0 && m < months ? m : -1;
    }

    /** People who sat a graded quiz in the period. */
    @Override
    public long attempted() {
        return people[4];
    }

    /** Of those, the people who passed one. */
    @Override
    public long passed() {
        return people[5];
    }

    private int yyyymm(int m) {
        YearMonth month = from.plusMonths(m);
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static int index(YearMonth month) {
        return MonthWindow.index(month.getYear() * 100 + month.getMonthValue());
    }
}
