package org.practica.assessments.domain.quiz;

import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.bank.BankId;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuizRevisionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static QuizSettings settings(Duration limit, int pass, GradingMethod method) {
        return new QuizSettings(limit, 3, BigDecimal.valueOf(pass), method, false, true, null, null, null);
    }

    private static Quiz quiz() {
        return new Quiz(new CourseId(1), new ContentKey("abcdefabcdef"), new BankId(1), "Quiz", true,
                settings(null, 60, GradingMethod.HIGHEST), List.of(QuizSlot.fixed(1)), "trainer", NOW);
    }

    @Test
    void beforeAnyAttemptEverythingMayChange() {
        Quiz quiz = quiz();
        quiz.revise(settings(Duration.ofMinutes(20), 80, GradingMethod.LAST), List.of(QuizSlot.fixed(2)), false);
        assertEquals(0, BigDecimal.valueOf(80).compareTo(quiz.settings().passPercent()));
        assertEquals(List.of(QuizSlot.fixed(2)), quiz.slots());
    }

    @Test
    void afterTheFirstAttemptWhatWouldChangeGradesIsFixedButTheRestMoves() {
        Quiz quiz = quiz();
        assertEquals("passPercent", assertThrows(InvalidInput.class,
                () -> quiz.revise(settings(null, 80, GradingMethod.HIGHEST), List.of(QuizSlot.fixed(1)), true)).field());
        assertEquals("gradingMethod", assertThrows(InvalidInput.class,
                () -> quiz.revise(settings(null, 60, GradingMethod.AVERAGE), List.of(QuizSlot.fixed(1)), true)).field());
        assertEquals("slots", assertThrows(InvalidInput.class,
                () -> quiz.revise(settings(null, 60, GradingMethod.HIGHEST), List.of(QuizSlot.fixed(2)), true)).field());
        quiz.revise(settings(Duration.ofMinutes(45), 60, GradingMethod.HIGHEST), List.of(QuizSlot.fixed(1)), true);
        assertEquals(Duration.ofMinutes(45), quiz.settings().timeLimit());
    }

    @Test
    void everyBrokenSettingIsNamedAtOnce() {
        java.time.Instant opens = java.time.Instant.parse("2030-01-02T00:00:00Z");
        org.practica.kernel.InvalidInput all = org.junit.jupiter.api.Assertions.assertThrows(org.practica.kernel.InvalidInput.class,
                () -> new QuizSettings(java.time.Duration.ofHours(13), 101, java.math.BigDecimal.valueOf(150), null, false, false,
                        opens, opens.minusSeconds(60), null));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("timeLimitMinutes", "maxAttempts", "passPercent", "closesAt"),
                all.all().stream().map(org.practica.kernel.InvalidInput::field).toList());
    }
}
