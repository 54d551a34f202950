package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.List;

/**
 * One embedded answer of a cloze question: its number in the text (from 1), its weight (the marks
 * it is worth), its kind, whether its choices are shuffled, and its answers with their credit and
 * feedback. Graded as a question of its own kind, as Moodle grades each sub-question.
 */
public record ClozeGap(int number, int weight, GapKind kind, boolean shuffled, List<Answer> answers) {

    public ClozeGap {
        answers = List.copyOf(answers);
    }

    /**
     * The gap as a question of its kind, to check and grade responses with. Refuses a gap that
     * would not make a question (one choice only, a blank word, a number that is not one), naming
     * the gap.
     */
    public QuestionDefinition asQuestion() {
        try {
            QuestionOptions options = new QuestionOptions(BigDecimal.valueOf(weight), kind == GapKind.SHORT_ANSWER_CASE, shuffled,
                    List.of(), null, null, null);
            return new QuestionDefinition("#" + number, kind.answeredAs(), FormattedText.plain("#" + number), null, answers, List.of(), options);
        } catch (InvalidInput e) {
            String key = switch (e.messageKey()) {
                case "question.answers.tooFew" -> "question.cloze.tooFewChoices";
                case "question.answer.blank" -> "question.cloze.blankAnswer";
                case "question.numerical.notNumber", "question.numerical.tolerance" -> "question.cloze.notNumber";
                default -> "question.cloze.gapRefused";
            };
            throw new InvalidInput("text", key, number);
        }
    }

    /** The answers that earn credit, as words a learner can read: the right answers of this gap. */
    public List<String> rightAnswers() {
        return answers.stream().filter(a -> a.credit().positive()).map(a -> a.text().text()).toList();
    }
}
