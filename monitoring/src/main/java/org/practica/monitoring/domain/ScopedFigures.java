package org.practica.monitoring.domain;

import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People figures narrowed to some training, read from two places: what belongs to a course
 * (enrolments, completions, attempts, and a body's own certificates) from the events of those
 * courses, and what belongs to no course (certificates, supervised hours) from the summary rows of
 * the scope's people, which is far fewer rows than their events.
 */
public record ScopedFigures(EventSummary ofCourses, PeopleSummary ofPeople, boolean certifiedFromEvents) implements PeopleFigures {

    @Override
    public CountedEvents.Tally tally() {
        CountedEvents.Tally events = ofCourses.tally();
        CountedEvents.Tally people = ofPeople.tally();
        Map<TrainingEvent, Long> total = new EnumMap<>(TrainingEvent.class);
        Map<Integer, Map<TrainingEvent, Long>> monthly = new LinkedHashMap<>();
        for (TrainingEvent e : TrainingEvent.values()) {
            CountedEvents.Tally from = from(e) ? events : people;
            total.put(e, from.people(e));
            for (Integer month : events.monthly().keySet()) {
                monthly.computeIfAbsent(month, m -> new EnumMap<>(TrainingEvent.class)).put(e, from.people(month, e));
            }
        }
        return new CountedEvents.Tally(total, monthly);
    }

    private boolean from(TrainingEvent event) {
        return event == TrainingEvent.ENROLLED || event == TrainingEvent.COMPLETED || event == TrainingEvent.CERTIFIED && certifiedFromEvents;
    }

    @Override
    public List<CountedEvents.GroupCount> byOrganisation() {
        return ofCourses.byOrganisation();
    }

    @Override
    public List<CountedEvents.FactCount> byFact(ProfileDimension dimension) {
        return ofCourses.byFact(dimension);
    }

    @Override
    public Map<Integer, BigDecimal> hours() {
        return ofPeople.hours();
    }

    @Override
    public CountedEvents.Completion completion() {
        return ofCourses.completion();
    }

    @Override
    public CountedEvents.Completion completion(int yyyymm) {
        return ofCourses.completion(yyyymm);
    }

    @Override
    public long attempted(int yyyymm) {
        return ofCourses.attempted(yyyymm);
    }

    @Override
    public long passed(int yyyymm) {
        return ofCourses.passed(yyyymm);
    }

    @Override
    public long attempted() {
        return ofCourses.attempted();
    }

    @Override
    public long passed() {
        return ofCourses.passed();
    }
}
