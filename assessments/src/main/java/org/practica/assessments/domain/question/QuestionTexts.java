package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * A question's words in another language: its text, general feedback, content note (when the
 * original has one), for each answer (or matching pair, in the same order) its text and feedback,
 * and its hints (none given: the original's stay). Credits, tolerances and options are the
 * original's; only words change. A cloze text keeps the original's gaps (their number, kinds,
 * weights, answers' credits and numbers); only the words in and around them change. Applied to the
 * definition, it gives the question a learner reading that language sits and is graded on
 * (accepted short answers in that language included).
 */
public record QuestionTexts(FormattedText text, FormattedText generalFeedback, List<AnswerTexts> answers,
                            List<PairTexts> pairs, String contentNote, List<String> hints) {

    public record AnswerTexts(String text, String feedback) {
    }

    public record PairTexts(String prompt, String answer) {
    }

    public QuestionTexts {
        answers = answers == null ? List.of() : List.copyOf(answers);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        // translations kept before hints could be translated have none
        hints = hints == null ? List.of() : List.copyOf(hints);
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
        if (original.type() == QuestionType.CLOZE) {
            sameGaps(ClozeText.parse(original.text().text()), ClozeText.parse(text.text()));
        }
        // a note left untranslated keeps the original's: better a note in another language than none
        QuestionOptions options = contentNote == null || contentNote.isBlank() || original.options().contentNote() == null
                ? original.options() : original.options().withContentNote(contentNote);
        List<Hint> originalHints = options.details().hints();
        if (!hints.isEmpty()) {
            if (hints.size() != originalHints.size() || hints.stream().anyMatch(h -> h == null || h.isBlank())) {
                throw new InvalidInput("hints", "question.translation.hints", originalHints.size());
            }
            List<FormattedText> worded = new ArrayList<>();
            for (int i = 0; i < hints.size(); i++) {
                worded.add(new FormattedText(hints.get(i), originalHints.get(i).text().format()));
            }
            options = options.withDetails(options.details().withHintTexts(worded));
        }
        return new QuestionDefinition(original.name(), original.type(), new FormattedText(text.text(), text.format()),
                generalFeedback == null ? original.generalFeedback() : generalFeedback, translated, translatedPairs, options);
    }

    private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A translated cloze text grades as the original does: the same gaps, answers and credits, in the same order. */
    private static void sameGaps(ClozeText original, ClozeText translated) {
        if (translated.gaps().size() != original.gaps().size()) {
            throw new InvalidInput("text", "question.translation.gaps", original.gaps().size());
        }
        for (int i = 0; i < original.gaps().size(); i++) {
            ClozeGap o = original.gaps().get(i);
            ClozeGap t = translated.gaps().get(i);
            boolean same = o.kind() == t.kind() && o.weight() == t.weight() && o.answers().size() == t.answers().size();
            for (int j = 0; same && j < o.answers().size(); j++) {
                Answer a = o.answers().get(j);
                Answer b = t.answers().get(j);
                same = a.credit().compareTo(b.credit()) == 0 && (o.kind() != GapKind.NUMERICAL
                        || (a.text().text().strip().equals(b.text().text().strip()) && sameNumber(a.tolerance(), b.tolerance())));
            }
            if (!same) {
                throw new InvalidInput("text", "question.translation.gap", o.number());
            }
        }
    }
}
