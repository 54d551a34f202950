package org.practica.assessments.domain.quiz;

import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.bank.BankId;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.InvalidInput;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizPairingTest {

    private static Quiz quiz(long id, long course, QuizSlot... slots) {
        Quiz quiz = new Quiz(new CourseId(course), new ContentKey("abcdefabcdef"), new BankId(1), "Quiz " + id, false,
                new QuizSettings(null, 3, BigDecimal.valueOf(60), GradingMethod.HIGHEST, false, true, null, null, null),
                List.of(slots), "trainer", Instant.parse("2026-12-04T10:00:00Z"));
        try {
            Field field = Quiz.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(quiz, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return quiz;
    }

    private static String refusal(Runnable pairing) {
        InvalidInput refused = assertThrows(InvalidInput.class, pairing::run);
        assertEquals("pretestOf", refused.field());
        return refused.messageKey();
    }

    @Test
    void aPreTestAsksAsManyQuestionsAsItsPostTestInTheSameCourse() {
        Quiz pre = quiz(1, 7, QuizSlot.fixed(10), QuizSlot.random("top/Risk", 2));
        Quiz post = quiz(2, 7, QuizSlot.fixed(11), QuizSlot.fixed(12), QuizSlot.fixed(13));
        Quiz shorter = quiz(3, 7, QuizSlot.fixed(11));
        Quiz elsewhere = quiz(4, 8, QuizSlot.fixed(11), QuizSlot.fixed(12), QuizSlot.fixed(13));
        List<Quiz> course = List.of(pre, post, shorter);

        pre.pairAsPretestOf(post, course);
        assertEquals(new QuizId(2), pre.pretestFor().orElseThrow());

        assertEquals("quiz.pretest.self", refusal(() -> post.pairAsPretestOf(post, course)));
        assertEquals("quiz.pretest.otherCourse", refusal(() -> shorter.pairAsPretestOf(elsewhere, course)));
        assertEquals("quiz.pretest.chain", refusal(() -> post.pairAsPretestOf(shorter, course)), "a post-test is no pre-test");
        assertEquals("quiz.pretest.chain", refusal(() -> shorter.pairAsPretestOf(pre, course)), "a pre-test is no post-test");
        assertEquals("quiz.pretest.taken", refusal(() -> shorter.pairAsPretestOf(post, course)));

        pre.pairAsPretestOf(null, course);
        assertTrue(pre.pretestFor().isEmpty());
        assertEquals("quiz.pretest.questions", refusal(() -> shorter.pairAsPretestOf(post, course)));
    }
}
