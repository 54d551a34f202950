package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * A question's words in another language: its text, general feedback, content note (when the
 * original has one), and for each answer (or matching pair, in the same order) its text and feedback. Credits, tolerances and options are
 * the original's; only words change. Applied to the definition, it gives the question a learner
 * reading that language sits and is graded on (accepted short answers in that language included).
 */
public record QuestionTexts(FormattedText text, FormattedText generalFeedback, List<AnswerTexts> answers,
                            List<PairTexts> pairs, String contentNote) {

    public record AnswerTexts(String text, String feedback) {
    }

    public record PairTexts(String prompt, String answer) {
    }

    public QuestionTexts {
        answers = answers == null ? List.of() : List.copyOf(answers);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }

    /** The definition in these words; refuses a translation that does not match its shape. */
    public QuestionDefinition applyTo(QuestionDefinition original) {
        if (text == null || text.blank()) {
            throw new InvalidInput("text", "question.text.required");
        }
        boolean numbersOrTruth = original.type() == QuestionType.NUMERICAL || original.type() == QuestionType.TRUE_FALSE;
        if (!numbersOrTruth && answers.size() != original.answers().size()) {
            throw new InvalidInput("answers", "question.translation.answers", original.answers().size());
        }
        if (pairs.size() != original.pairs().size()) {
            throw new InvalidInput("pairs", "question.translation.pairs", original.pairs().size());
        }
        List<Answer> translated = new ArrayList<>();
        for (int i = 0; i < original.answers().size(); i++) {
            Answer a = original.answers().get(i);
            AnswerTexts t = i < answers.size() ? answers.get(i) : null;
            // numbers and true/false keep their values; only their feedback is translated
            FormattedText answerText = t == null || numbersOrTruth || t.text() == null
                    ? a.text() : new FormattedText(t.text(), a.text().format());
            FormattedText feedback = t == null || t.feedback() == null ? a.feedback() : new FormattedText(t.feedback(), a.feedback().format());
            translated.add(new Answer(answerText, a.credit(), feedback, a.tolerance()));
        }
        List<MatchPair> translatedPairs = new ArrayList<>();
        for (int i = 0; i < original.pairs().size(); i++) {
            MatchPair p = original.pairs().get(i);
            PairTexts t = pairs.get(i);
            translatedPairs.add(new MatchPair(new FormattedText(t.prompt(), p.prompt().format()), t.answer()));
        }
        // a note left untranslated keeps the original's: better a note in another language than none
        QuestionOptions options = contentNote == null || contentNote.isBlank() || original.options().contentNote() == null
                ? original.options() : original.options().withContentNote(contentNote);
        return new QuestionDefinition(original.name(), original.type(), new FormattedText(text.text(), text.format()),
                generalFeedback == null ? original.generalFeedback() : generalFeedback, translated, translatedPairs, options);
    }
}
