package org.practica.mentoring.domain.competency;

import org.junit.jupiter.api.Test;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CompetencyTest {

    @Test
    void codesAreCapitalsDigitsAndUnderscoresAndNamesComeInAnyContentLanguage() {
        Competency c = new Competency(Discipline.SOCIAL_WORK, " risk_assessment ",
                Map.of("en", "Risk assessment", "ru", "Оценка рисков", "uz", "Xavfni baholash"));
        assertEquals("RISK_ASSESSMENT", c.code());
        assertEquals("Оценка рисков", c.name(Locale.forLanguageTag("ru")));
        assertEquals("Xavfni baholash", c.name(Locale.forLanguageTag("uz")));
        assertEquals("Risk assessment", c.name(Locale.forLanguageTag("kk")), "a language without a name reads the English one");
        assertEquals("competency.code.format", assertThrows(InvalidInput.class,
                () -> new Competency(Discipline.TEACHING, "1ST AID", Map.of("en", "x"))).messageKey());
        assertEquals("names", assertThrows(InvalidInput.class, () -> new Competency(Discipline.TEACHING, "IEP", Map.of("ru", " "))).field());
    }
}
