package org.practica.monitoring.domain;

import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The events monitoring counted, and the sums it reads from them; nothing here returns a person. */
public interface CountedEvents {

    void add(CountedEvent event);

    /** Keeps what the course is called now. */
    void name(long courseId, String title);

    /** The courses counted, by number, with their names, in the order of their names. */
    Map<Long, String> courses();

    /**
     * Everything counted of people in the period, in one pass over the people's summary; empty when
     * the filter cannot be read from it (a course, or a period outside its {@link MonthWindow}), and
     * the reads below, over the events themselves, answer instead.
     */
    Optional<PeopleSummary> summary(CountFilter filter);

    /**
     * How many people each event happened to in the whole period (each once, however often), and
     * in each month of it (yyyymm).
     */
    Tally tally(CountFilter filter);

    /** Per organisation: how many people enrolled in the period. */
    List<GroupCount> trainedByOrganisation(CountFilter filter);

    /**
     * Per value of one fact people gave (only those who gave it): how many people enrolled in the
     * period. Everyone else is the total minus these.
     */
    List<FactCount> trainedByFact(CountFilter filter, ProfileDimension dimension);

    /** Supervised hours signed off, summed per month (yyyymm). */
    Map<Integer, BigDecimal> hours(CountFilter filter);

    /** Enrolments in the period, and how many of them the same person has completed since. */
    Completion completion(CountFilter filter);

    record Tally(Map<TrainingEvent, Long> people, Map<Integer, Map<TrainingEvent, Long>> monthly) {

        public long people(TrainingEvent event) {
            return people.getOrDefault(event, 0L);
        }

        public long people(int month, TrainingEvent event) {
            return monthly.getOrDefault(month, Map.of()).getOrDefault(event, 0L);
        }
    }

    record GroupCount(long group, long people) {
    }

    record FactCount(String value, long people) {
    }

    record Completion(long enrolments, long completed) {
    }
}
