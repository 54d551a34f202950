package org.practica.mentoring.application;

import org.practica.mentoring.domain.competency.Competency;

public record CompetencyView(String discipline, String code, String nameEn, String nameRu, boolean retired) {

    static CompetencyView of(Competency c) {
        return new CompetencyView(c.discipline().name(), c.code(), c.nameEn(), c.nameRu(), c.retired());
    }
}
