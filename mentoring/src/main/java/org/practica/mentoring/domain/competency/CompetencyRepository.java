package org.practica.mentoring.domain.competency;

import org.practica.kernel.Discipline;

import java.util.List;
import java.util.Optional;

public interface CompetencyRepository {

    /** A discipline's framework, retired competencies included, by code. */
    List<Competency> of(Discipline discipline);

    Optional<Competency> find(Discipline discipline, String code);

    void add(Competency competency);
}
