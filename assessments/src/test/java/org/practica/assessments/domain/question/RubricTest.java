package org.practica.assessments.domain.question;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RubricTest {

    private static final String TEXT = """
            Safety first: not mentioned = 0 | mentioned = 1 | explained with an example = 2
            Respect for the child: absent = 0 | present = 1,5
            """;

    @Test
    void theScoreIsThePointsEarnedOverThePointsPossibleTimesTheMark() {
        Rubric rubric = Rubric.parse("rubric", TEXT);
        assertEquals(2, rubric.criteria().size());
        assertEquals(new BigDecimal("1.5"), rubric.criteria().get(1).levels().get(1).points(), "a decimal comma is read");
        // 2 + 1.5 of 3.5 possible, out of a mark of 10
        assertEquals(new BigDecimal("10"), rubric.score(BigDecimal.TEN, List.of(2, 1)));
        // 1 + 0 of 3.5, out of 10: 2.8571...
        assertEquals(new BigDecimal("2.8571"), rubric.score(BigDecimal.TEN, List.of(1, 0)));
    }

    @Test
    void itReadsBackWhatItWrites() {
        Rubric rubric = Rubric.parse("rubric", TEXT);
        assertEquals(rubric, Rubric.parse("rubric", rubric.asText()));
        assertNull(Rubric.parse("rubric", "  "));
    }

    @Test
    void aWrongLineIsNamedAndEveryCriterionMustBeJudged() {
        assertEquals("rubric.line.name", assertThrows(InvalidInput.class, () -> Rubric.parse("rubric", "no colon here")).messageKey());
        assertEquals(2, assertThrows(InvalidInput.class,
                () -> Rubric.parse("rubric", "A: x = 0 | y = 1\nB: only one = 1")).arguments()[0], "the second line");
        assertEquals("rubric.line.points", assertThrows(InvalidInput.class, () -> Rubric.parse("rubric", "A: x = zero | y = 1")).messageKey());
        assertEquals("rubric.nothingToEarn", assertThrows(InvalidInput.class, () -> Rubric.parse("rubric", "A: x = 0 | y = 0")).messageKey());
        Rubric rubric = Rubric.parse("rubric", TEXT);
        assertEquals("levels", assertThrows(InvalidInput.class, () -> rubric.score(BigDecimal.ONE, List.of(1))).field());
        assertEquals("levels", assertThrows(InvalidInput.class, () -> rubric.score(BigDecimal.ONE, List.of(1, 5))).field());
    }
}
