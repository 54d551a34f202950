package org.practica.monitoring.domain;

import org.practica.kernel.TrainingEvent;

import java.util.Map;

/** The events monitoring counted, and the sums it reads from them; nothing here returns a person. */
public interface CountedEvents {

    void add(CountedEvent event);

    /** Keeps what the course is called now. */
    void name(long courseId, String title);

    /** The courses counted, by number, with their names, in the order of their names. */
    Map<Long, String> courses();

    /**
     * Everything counted of people in the period: from the people's summary in one pass when it
     * holds the filter, else from the events themselves, also in one pass.
     */
    PeopleFigures people(CountFilter filter);

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
