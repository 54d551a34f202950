package org.practica.assessments.application;

import org.practica.assessments.domain.quiz.QuizSlot;
import org.practica.assessments.domain.quiz.ReviewOptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What a trainer sends to create a quiz; absent settings take their defaults. */
public record QuizDraft(String moduleKey, Long bankId, String title, Boolean required, Integer timeLimitMinutes,
                        Integer maxAttempts, BigDecimal passPercent, String gradingMethod, Boolean shuffleQuestions,
                        Boolean shuffleAnswers, Instant opensAt, Instant closesAt, ReviewOptions review, List<QuizSlot> slots) {

    /** The quiz's settings as they are, with new opening and closing dates; its questions stay. */
    public static QuizDraft rescheduled(QuizView quiz, Instant opensAt, Instant closesAt) {
        var s = quiz.settings();
        return new QuizDraft(quiz.moduleKey(), quiz.bankId(), quiz.title(), quiz.required(),
                s.timeLimit() == null ? null : (int) s.timeLimit().toMinutes(), s.maxAttempts(), s.passPercent(),
                s.gradingMethod().name(), s.shuffleQuestions(), s.shuffleAnswers(), opensAt, closesAt, s.review(), null);
    }
}
