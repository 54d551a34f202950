package org.practica.monitoring.domain;

import org.practica.kernel.TrainingEvent;

import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.util.List;

/** The events monitoring counted, and the sums it reads from them; nothing here returns a person. */
public interface CountedEvents {

    void add(CountedEvent event);

    /** Per month (yyyymm): how many people the event happened to, and its amount summed. */
    List<MonthCount> monthly(TrainingEvent event, CountFilter filter);

    /** How many people the event happened to in the whole period (each once, however often). */
    long people(TrainingEvent event, CountFilter filter);

    /** Per organisation: how many people the event happened to in the period. */
    List<GroupCount> byOrganisation(TrainingEvent event, CountFilter filter);

    /**
     * Per value of one fact people gave (only those who gave it): how many people the event
     * happened to in the period. Everyone else is the total minus these.
     */
    List<FactCount> byFact(TrainingEvent event, CountFilter filter, ProfileDimension dimension);

    /** Enrolments in the period, and how many of them the same person has completed since. */
    Completion completion(CountFilter filter);

    record MonthCount(int month, long people, BigDecimal amount) {
    }

    record GroupCount(long group, long people) {
    }

    record FactCount(String value, long people) {
    }

    record Completion(long enrolments, long completed) {
    }
}
