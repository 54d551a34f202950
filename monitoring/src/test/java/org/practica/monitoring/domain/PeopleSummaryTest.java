package org.practica.monitoring.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The one pass over people against a count written out in the test: a few hand-made people whose
 * events are listed month by month, counted here the long way (a set of people per event and month).
 */
class PeopleSummaryTest {

    /** A person as the test knows them: organisation, facts, and per column the months (window positions) it happened. */
    private record Person(long organisation, String[] facts, Map<String, List<Integer>> months, Map<Integer, int[]> measures) {

        long[] words() {
            long[] words = new long[PeopleSummary.COLUMNS.size() * 2];
            for (int c = 0; c < PeopleSummary.COLUMNS.size(); c++) {
                for (int m : months.getOrDefault(PeopleSummary.COLUMNS.get(c), List.of())) {
                    words[2 * c + m / MonthWindow.BITS] |= 1L << (m % MonthWindow.BITS);
                }
            }
            return words;
        }

        byte[] measures(int from) {
            MonthlyMeasures kept = MonthlyMeasures.of(null);
            for (Map.Entry<Integer, int[]> e : measures.entrySet()) {
                kept = kept.plus(e.getKey(), e.getValue()[0], e.getValue()[1], BigDecimal.valueOf(e.getValue()[2], 2));
            }
            byte[] all = kept.bytes();
            return from * MonthlyMeasures.WIDTH >= all.length ? new byte[0] : Arrays.copyOfRange(all, from * MonthlyMeasures.WIDTH, all.length);
        }
    }

    @Test
    void countsEachPersonOnceInThePeriodAndOncePerMonth() {
        // 2028-12 (position 59) to 2029-05 (position 64): the period spans both words of bits
        YearMonth from = YearMonth.of(2028, 12);
        YearMonth to = YearMonth.of(2029, 5);
        List<Person> people = List.of(
                new Person(1, new String[]{"FEMALE", "UNDER_25", "KZ-75", "TEACHER", "NGO"},
                        Map.of("enrolled", List.of(59, 63), "completed", List.of(63), "attempted", List.of(60, 61), "passed", List.of(61)),
                        Map.of(59, new int[]{1, 1, 0}, 63, new int[]{2, 0, 150})),
                new Person(1, new String[]{"MALE", null, null, "TEACHER", null},
                        Map.of("enrolled", List.of(58), "supervised", List.of(64, 65)),
                        Map.of(58, new int[]{1, 0, 0}, 64, new int[]{0, 0, 225}, 65, new int[]{0, 0, 100})),
                new Person(2, new String[]{"FEMALE", null, "UZ-TO", null, null},
                        Map.of("enrolled", List.of(62, 64), "certified", List.of(64), "attempted", List.of(62)),
                        Map.of(62, new int[]{1, 1, 0}, 64, new int[]{1, 0, 0})),
                new Person(3, new String[5], Map.of("certified", List.of(10)), Map.of()));
        PeopleSummary summary = new PeopleSummary(from, to);
        for (Person p : people) {
            summary.count(p.organisation(), p.facts(), p.words(), p.measures(summary.firstMonth()));
        }

        // the long way: people per column in the period, and per month
        Map<String, Long> inPeriod = new HashMap<>();
        Map<String, Map<Integer, Long>> perMonth = new HashMap<>();
        for (Person p : people) {
            p.months().forEach((column, months) -> {
                List<Integer> within = months.stream().filter(m -> m >= 59 && m <= 64).toList();
                if (!within.isEmpty()) {
                    inPeriod.merge(column, 1L, Long::sum);
                }
                within.stream().distinct().forEach(m -> perMonth.computeIfAbsent(column, c -> new TreeMap<>()).merge(m, 1L, Long::sum));
            });
        }
        CountedEvents.Tally tally = summary.tally();
        assertEquals(inPeriod.get("enrolled"), tally.people(TrainingEvent.ENROLLED));
        assertEquals(2, tally.people(TrainingEvent.ENROLLED), "the man enrolled before the period, so only two count");
        assertEquals(inPeriod.get("completed"), tally.people(TrainingEvent.COMPLETED));
        assertEquals(inPeriod.get("certified"), tally.people(TrainingEvent.CERTIFIED));
        assertEquals(inPeriod.get("supervised"), tally.people(TrainingEvent.HOURS_SIGNED_OFF));
        assertEquals(perMonth.get("enrolled").get(63), tally.people(202904, TrainingEvent.ENROLLED));
        assertEquals(perMonth.get("enrolled").get(64), tally.people(202905, TrainingEvent.ENROLLED));
        assertEquals(perMonth.get("enrolled").get(59), tally.people(202812, TrainingEvent.ENROLLED));
        assertEquals(0, tally.people(202901, TrainingEvent.ENROLLED));
        assertEquals(6, tally.monthly().size());

        assertEquals(2, summary.attempted());
        assertEquals(1, summary.passed());
        assertEquals(1, summary.attempted(202901), "person 1 in month 60");
        assertEquals(1, summary.passed(202902), "person 1 passed in month 61");
        assertEquals(1, summary.attempted(202903), "person 3 in month 62");
        assertEquals(0, summary.passed(202903));
        assertEquals(new CountedEvents.Completion(2, 0), summary.completion(202904));
        assertEquals(new CountedEvents.Completion(1, 1), summary.completion(202812));

        // enrolled in the period per organisation and per fact: only those who gave it
        Map<Long, Long> organisations = new HashMap<>();
        summary.byOrganisation().forEach(g -> organisations.put(g.group(), g.people()));
        assertEquals(Map.of(1L, 1L, 2L, 1L), organisations);
        Map<String, Long> sexes = new HashMap<>();
        summary.byFact(ProfileDimension.SEX).forEach(f -> sexes.put(f.value(), f.people()));
        assertEquals(Map.of("FEMALE", 2L), sexes);
        assertEquals(1, summary.byFact(ProfileDimension.AGE_BAND).size());

        // enrolments made in the period's months and completed since; hours of the period's months only
        assertEquals(new CountedEvents.Completion(1 + 2 + 1 + 1, 1 + 1), summary.completion());
        assertEquals(Map.of(202904, new BigDecimal("1.50"), 202905, new BigDecimal("2.25")), summary.hours());
    }

    @Test
    void agreesWithACountOverGeneratedPeople() {
        Random random = new Random(7);
        YearMonth from = YearMonth.of(2025, 3);
        YearMonth to = YearMonth.of(2026, 2);
        int first = MonthWindow.index(202503);
        int last = MonthWindow.index(202602);
        PeopleSummary summary = new PeopleSummary(from, to);
        long enrolledPeople = 0;
        long hundredths = 0;
        long enrolments = 0;
        for (int i = 0; i < 500; i++) {
            List<Integer> enrolled = new ArrayList<>();
            Map<Integer, int[]> measures = new HashMap<>();
            for (int e = 0; e < 3; e++) {
                int month = random.nextInt(40);
                enrolled.add(month);
                measures.computeIfAbsent(month, m -> new int[3])[0]++;
                measures.get(month)[2] += 50 * random.nextInt(5);
            }
            Person p = new Person(random.nextInt(3), new String[5], Map.of("enrolled", enrolled), measures);
            summary.count(p.organisation(), p.facts(), p.words(), p.measures(summary.firstMonth()));
            if (enrolled.stream().anyMatch(m -> m >= first && m <= last)) {
                enrolledPeople++;
            }
            for (Map.Entry<Integer, int[]> e : measures.entrySet()) {
                if (e.getKey() >= first && e.getKey() <= last) {
                    enrolments += e.getValue()[0];
                    hundredths += e.getValue()[2];
                }
            }
        }
        assertEquals(enrolledPeople, summary.tally().people(TrainingEvent.ENROLLED));
        assertEquals(enrolments, summary.completion().enrolments());
        assertEquals(BigDecimal.valueOf(hundredths, 2), summary.hours().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void coversOnlyTheWindow() {
        assertThrows(IllegalArgumentException.class, () -> new PeopleSummary(YearMonth.of(2023, 12), YearMonth.of(2024, 3)));
        assertThrows(IllegalArgumentException.class, () -> new PeopleSummary(YearMonth.of(2025, 3), YearMonth.of(2025, 2)));
    }
}
