package org.practica.mentoring.domain.competency;

import org.junit.jupiter.api.Test;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CompetencyTest {

    @Test
    void codesAreCapitalsDigitsAndUnderscoresAndNamesComeInBothLanguages() {
        Competency c = new Competency(Discipline.SOCIAL_WORK, " risk_assessment ", "Risk assessment", "Оценка рисков");
        assertEquals("RISK_ASSESSMENT", c.code());
        assertEquals("Оценка рисков", c.name(Locale.forLanguageTag("ru")));
        assertEquals("Risk assessment", c.name(Locale.forLanguageTag("kk")), "other languages read the English name");
        assertEquals("competency.code.format", assertThrows(InvalidInput.class,
                () -> new Competency(Discipline.TEACHING, "1ST AID", "x", "y")).messageKey());
        assertEquals("nameRu", assertThrows(InvalidInput.class, () -> new Competency(Discipline.TEACHING, "IEP", "Plans", " ")).field());
    }
}
