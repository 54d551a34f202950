package org.practica.courses.domain.cohort;

import org.practica.courses.domain.course.CourseId;

import java.util.List;
import java.util.Optional;

public interface CohortRepository {

    Optional<Cohort> find(long id);

    void add(Cohort cohort);

    List<Cohort> of(CourseId course);
}
