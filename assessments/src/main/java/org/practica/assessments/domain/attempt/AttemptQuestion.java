package org.practica.assessments.domain.attempt;

import org.practica.assessments.domain.question.QuestionDefinition;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question as an attempt asked it: a copy of its definition at the start (so later edits never
 * change a grade), its mark, and the order its answers were shown in (indexes into the
 * definition's answers, or pairs' answers for matching), and the language its words are in (the
 * learner's, or the original's where the question had no translation; null in attempts begun
 * before languages were recorded).
 */
public record AttemptQuestion(int slot, long questionId, QuestionDefinition definition, BigDecimal mark, List<Integer> order,
                              String language) {

    public AttemptQuestion {
        order = order == null ? List.of() : List.copyOf(order);
    }
}
