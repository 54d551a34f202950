package org.practica.monitoring.domain;

import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people figures of a period counted from the events themselves, in one pass over them, for
 * what the people's summary cannot answer (a course, a cohort, a body, a period outside its
 * window): each event row once, with its person's facts; each person counted once per event, per
 * month and per group. Graded attempts are counted as they come, as sat and passed.
 */
public final class EventSummary implements PeopleFigures {

    private static final List<TrainingEvent> TALLIED = List.of(TrainingEvent.ENROLLED, TrainingEvent.COMPLETED, TrainingEvent.CERTIFIED,
            TrainingEvent.HOURS_SIGNED_OFF);

    private final YearMonth from;
    private final int months;
    private final Map<TrainingEvent, Set<Long>> people = new EnumMap<>(TrainingEvent.class);
    private final Map<TrainingEvent, Set<Long>> perMonth = new EnumMap<>(TrainingEvent.class);
    private final Map<Long, Set<Long>> byOrganisation = new HashMap<>();
    private final Map<ProfileDimension, Map<String, Set<Long>>> byFact = new EnumMap<>(ProfileDimension.class);
    private final Map<Integer, BigDecimal> hours = new LinkedHashMap<>();
    private final Set<Long> attempted = new HashSet<>();
    private final Set<Long> passed = new HashSet<>();
    private final Set<Long> attemptedPerMonth = new HashSet<>();
    private final Set<Long> passedPerMonth = new HashSet<>();
    private final long[] attemptedIn;
    private final long[] passedIn;
    private final Map<Integer, long[]> completionPerMonth = new HashMap<>();

    public EventSummary(YearMonth from, YearMonth to) {
        this.from = from;
        this.months = (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        this.attemptedIn = new long[months];
        this.passedIn = new long[months];
        for (TrainingEvent e : TALLIED) {
            people.put(e, new HashSet<>());
            perMonth.put(e, new HashSet<>());
        }
        for (ProfileDimension d : ProfileDimension.values()) {
            byFact.put(d, new HashMap<>());
        }
    }

    /**
     * One event of the period: its person, organisation, month (yyyymm), the person's facts in the
     * order of {@link ProfileDimension} (null where not given), its amount (hours), and for an
     * enrolment whether it has been completed since.
     */
    public void count(TrainingEvent event, long person, long organisation, int yyyymm, String[] facts, BigDecimal amount, boolean completedSince) {
        int month = index(yyyymm);
        if (month < 0 || month >= months) {
            return;
        }
        people.get(event).add(person);
        perMonth.get(event).add(person * 1024 + month);
        switch (event) {
            case ENROLLED -> {
                long[] c = completionPerMonth.computeIfAbsent(yyyymm, k -> new long[2]);
                c[0]++;
                c[1] += completedSince ? 1 : 0;
                byOrganisation.computeIfAbsent(organisation, o -> new HashSet<>()).add(person);
                ProfileDimension[] dimensions = ProfileDimension.values();
                for (int d = 0; d < dimensions.length; d++) {
                    if (facts[d] != null) {
                        byFact.get(dimensions[d]).computeIfAbsent(facts[d], v -> new HashSet<>()).add(person);
                    }
                }
            }
            case HOURS_SIGNED_OFF -> hours.merge(yyyymm, amount, BigDecimal::add);
            default -> { }
        }
    }

    /** A graded quiz attempt by this person in a month (yyyymm) of the period. */
    public void attempt(long person, int yyyymm, boolean passedIt) {
        int month = index(yyyymm);
        if (month < 0 || month >= months) {
            return;
        }
        attempted.add(person);
        if (passedIt) {
            passed.add(person);
        }
        sat(person * 1024 + month, passedIt);
    }

    /** A person's month (person * 1024 + month) with an attempt, counted the first time it comes. */
    private void sat(long personMonth, boolean passedIt) {
        if (attemptedPerMonth.add(personMonth)) {
            attemptedIn[(int) (personMonth % 1024)]++;
        }
        if (passedIt && passedPerMonth.add(personMonth)) {
            passedIn[(int) (personMonth % 1024)]++;
        }
    }

    /** Adds what another summary of the same period counted (read side by side), each person still counted once. */
    public EventSummary plus(EventSummary other) {
        other.people.forEach((e, who) -> people.get(e).addAll(who));
        other.perMonth.forEach((e, who) -> perMonth.get(e).addAll(who));
        other.byOrganisation.forEach((o, who) -> byOrganisation.computeIfAbsent(o, k -> new HashSet<>()).addAll(who));
        other.byFact.forEach((d, values) -> values.forEach((v, who) -> byFact.get(d).computeIfAbsent(v, k -> new HashSet<>()).addAll(who)));
        other.hours.forEach((m, h) -> hours.merge(m, h, BigDecimal::add));
        attempted.addAll(other.attempted);
        passed.addAll(other.passed);
        other.attemptedPerMonth.forEach(k -> sat(k, false));
        other.passedPerMonth.forEach(k -> sat(k, true));
        other.completionPerMonth.forEach((m, c) -> {
            long[] mine = completionPerMonth.computeIfAbsent(m, k -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
        return this;
    }

    private int index(int yyyymm) {
        return (yyyymm / 100 - from.getYear()) * 12 + yyyymm % 100 - from.getMonthValue();
    }

    @Override
    public CountedEvents.Tally tally() {
        Map<TrainingEvent, Long> total = new EnumMap<>(TrainingEvent.class);
        Map<Integer, Map<TrainingEvent, Long>> monthly = new LinkedHashMap<>();
        long[][] counts = new long[TALLIED.size()][months];
        for (int e = 0; e < TALLIED.size(); e++) {
            total.put(TALLIED.get(e), (long) people.get(TALLIED.get(e)).size());
            for (long key : perMonth.get(TALLIED.get(e))) {
                counts[e][(int) (key % 1024)]++;
            }
        }
        for (int m = 0; m < months; m++) {
            Map<TrainingEvent, Long> month = new EnumMap<>(TrainingEvent.class);
            for (int e = 0; e < TALLIED.size(); e++) {
                month.put(TALLIED.get(e), counts[e][m]);
            }
            YearMonth ym = from.plusMonths(m);
            monthly.put(ym.getYear() * 100 + ym.getMonthValue(), month);
        }
        return new CountedEvents.Tally(total, monthly);
    }

    @Override
    public List<CountedEvents.GroupCount> byOrganisation() {
        List<CountedEvents.GroupCount> groups = new ArrayList<>();
        byOrganisation.forEach((o, who) -> groups.add(new CountedEvents.GroupCount(o, who.size())));
        return groups;
    }

    @Override
    public List<CountedEvents.FactCount> byFact(ProfileDimension dimension) {
        List<CountedEvents.FactCount> counts = new ArrayList<>();
        byFact.get(dimension).forEach((v, who) -> counts.add(new CountedEvents.FactCount(v, who.size())));
        return counts;
    }

    @Override
    public Map<Integer, BigDecimal> hours() {
        return new LinkedHashMap<>(hours);
    }

    @Override
    public CountedEvents.Completion completion() {
        return new CountedEvents.Completion(completionPerMonth.values().stream().mapToLong(c -> c[0]).sum(),
                completionPerMonth.values().stream().mapToLong(c -> c[1]).sum());
    }

    @Override
    public CountedEvents.Completion completion(int yyyymm) {
        long[] c = completionPerMonth.getOrDefault(yyyymm, new long[2]);
        return new CountedEvents.Completion(c[0], c[1]);
    }

    @Override
    public long attempted(int yyyymm) {
        int month = index(yyyymm);
        return month < 0 || month >= months ? 0 : attemptedIn[month];
    }

    @Override
    public long passed(int yyyymm) {
        int month = index(yyyymm);
        return month < 0 || month >= months ? 0 : passedIn[month];
    }

    @Override
    public long attempted() {
        return attempted.size();
    }

    @Override
    public long passed() {
        return passed.size();
    }
}
