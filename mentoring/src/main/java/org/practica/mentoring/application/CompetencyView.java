package org.practica.mentoring.application;

import org.practica.mentoring.domain.competency.Competency;

public record CompetencyView(String discipline, String code, String nameEn, String nameRu, boolean retired) {

    /** The name in the reader's language: Russian for Russian readers when there is one, else English. */
    public String name(java.util.Locale locale) {
        return "ru".equals(locale.getLanguage()) && nameRu != null && !nameRu.isBlank() ? nameRu : nameEn;
    }

    /** The name of a code in a framework, or the code itself if the framework does not have it. */
    public static String nameIn(java.util.List<CompetencyView> framework, String code, java.util.Locale locale) {
        return framework.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name(locale)).orElse(code);
    }

    static CompetencyView of(Competency c) {
        return new CompetencyView(c.discipline().name(), c.code(), c.nameEn(), c.nameRu(), c.retired());
    }
}
