package org.practica.assessments.domain.quiz;

import org.practica.assessments.domain.bank.Question;
import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.kernel.InvalidInput;

/**
 * A place in a quiz: one chosen question, or {@code count} questions drawn at random for each
 * attempt from a category of the bank (and the categories under it).
 */
public record QuizSlot(Long questionId, String category, Integer count) {

    public static final int MAX_RANDOM = 100;

    public QuizSlot {
        if (questionId == null && category == null) {
            throw new InvalidInput("slots", "quiz.slot.empty");
        }
        if (questionId != null && category != null) {
            throw new InvalidInput("slots", "quiz.slot.both");
        }
        if (category != null) {
            count = count == null ? 1 : count;
            if (count < 1 || count > MAX_RANDOM) {
                throw new InvalidInput("slots", "quiz.slot.count", MAX_RANDOM);
            }
        } else {
            count = 1;
        }
    }

    public static QuizSlot fixed(long questionId) {
        return new QuizSlot(questionId, null, null);
    }

    public static QuizSlot random(String category, int count) {
        return new QuizSlot(null, category, count);
    }

    /** Whether this draw may pick the question: it lies in the category (or under it) and has something to answer. */
    public boolean canDraw(Question question) {
        return random() && new CategoryPath(category).contains(question.category())
                && question.definition().type().answerable();
    }

    public boolean random() {
        return category != null;
    }
}
