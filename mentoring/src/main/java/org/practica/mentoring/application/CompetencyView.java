package org.practica.mentoring.application;

import org.practica.kernel.MultilingualText;
import org.practica.mentoring.domain.competency.Competency;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A competency as pages and the API show it, and as an admin adds or changes one: {@code names}
 * holds every language's version; {@code nameEn} and {@code nameRu} repeat two of them for
 * clients written before a competency could be named in any content language.
 */
public record CompetencyView(String discipline, String code, Map<String, String> names, String nameEn, String nameRu,
                             boolean retired) {

    /** The name in the reader's language, else in English, else in the first language it has. */
    public String name(Locale locale) {
        return MultilingualText.written(names).in(locale.getLanguage());
    }

    /** The name of a code in a framework, or the code itself if the framework does not have it. */
    public static String nameIn(List<CompetencyView> framework, String code, Locale locale) {
        return framework.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name(locale)).orElse(code);
    }

    /** The names this view was sent with, from the map and the two older fields. */
    public Map<String, String> typedNames() {
        return MultilingualText.typed(names, nameEn, nameRu);
    }

    static CompetencyView of(Competency c) {
        MultilingualText names = c.names();
        return new CompetencyView(c.discipline().name(), c.code(), names.versions(), names.exactly("en"), names.exactly("ru"),
                c.retired());
    }
}
