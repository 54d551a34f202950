package org.practica.assessments.application;

import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.Credit;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.MatchPair;
import org.practica.assessments.domain.question.NumericalUnit;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionDetails;
import org.practica.assessments.domain.question.QuestionOptions;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Rubric;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A question as a trainer writes it in the editor or sends it to the API: the same shape the API
 * reads questions in, so a question can be read, changed and written back. Rows left entirely
 * blank (the editor's spare rows) are ignored; a mistake names its field, e.g. {@code answers[2].fraction}.
 * {@code details} (penalty, hints, tags... as Moodle keeps them) may be left out: a new question
 * gets its type's, a revised one keeps those it had.
 */
public record QuestionDraft(String category, String name, String type, String text, String format,
                            String generalFeedback, BigDecimal defaultMark, Boolean caseSensitive, Boolean shuffleAnswers,
                            List<QuestionView.AnswerView> answers, List<QuestionView.PairView> pairs,
                            List<QuestionView.UnitView> units, String rubric, String contentNote, QuestionDetails details) {

    public QuestionDraft {
        answers = answers == null ? List.of() : answers;
        pairs = pairs == null ? List.of() : pairs;
        units = units == null ? List.of() : units;
    }

    /** The draft's category, the bank's top level when none is given. */
    public CategoryPath categoryPath() {
        return category == null || category.isBlank() ? CategoryPath.TOP : new CategoryPath(category);
    }

    /** The question as defined, or a refusal naming every field that is wrong (each row's own). */
    public QuestionDefinition toDefinition() {
        QuestionType kind = questionType();
        Refusals refusals = new Refusals();
        TextFormat chosen = refusals.check(() -> textFormat("format", format));
        TextFormat textFormat = chosen == null ? TextFormat.HTML : chosen;
        List<Integer> written = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            QuestionView.AnswerView a = answers.get(i);
            if (!(a == null || blank(a.text()) && a.fraction() == null && blank(a.feedback()) && a.tolerance() == null)) {
                written.add(i);
            }
        }
        List<Answer> kept = refusals.checkEach(written, i -> answer(kind, i, answers.get(i), textFormat));
        List<MatchPair> keptPairs = new ArrayList<>();
        for (QuestionView.PairView p : pairs) {
            if (p != null && !(blank(p.prompt()) && blank(p.answer()))) {
                keptPairs.add(new MatchPair(new FormattedText(p.prompt() == null ? "" : p.prompt(), textFormat), p.answer()));
            }
        }
        List<Integer> unitRows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            QuestionView.UnitView u = units.get(i);
            if (!(u == null || blank(u.unit()) && u.multiplier() == null)) {
                unitRows.add(i);
            }
        }
        List<NumericalUnit> keptUnits = refusals.checkEach(unitRows, i -> unit(i, units.get(i)));
        QuestionOptions defaults = QuestionOptions.defaults(kind);
        Rubric levels = refusals.check(() -> Rubric.parse("rubric", rubric));
        QuestionOptions options = refusals.check(() -> new QuestionOptions(defaultMark == null ? defaults.defaultMark() : defaultMark,
                Boolean.TRUE.equals(caseSensitive), shuffleAnswers == null ? defaults.shuffleAnswers() : shuffleAnswers, keptUnits, levels,
                contentNote, details));
        QuestionDefinition definition = refusals.check(() -> new QuestionDefinition(name, kind,
                new FormattedText(text == null ? "" : text, textFormat),
                new FormattedText(generalFeedback == null ? "" : generalFeedback, textFormat), kept, keptPairs,
                options == null ? defaults : options));
        refusals.throwIfAny();
        return definition;
    }

    private static NumericalUnit unit(int i, QuestionView.UnitView u) {
        if (blank(u.unit())) {
            throw new InvalidInput("units[" + i + "].unit", "validation.required");
        }
        return new NumericalUnit(u.unit().strip(), u.multiplier() == null ? BigDecimal.ONE : u.multiplier());
    }

    private QuestionType questionType() {
        if (blank(type)) {
            throw new InvalidInput("type", "validation.required");
        }
        try {
            return QuestionType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("type", "question.type.unknown", type);
        }
    }

    private static Answer answer(QuestionType kind, int i, QuestionView.AnswerView a, TextFormat questionFormat) {
        String field = "answers[" + i + "]";
        if (a.fraction() == null) {
            throw new InvalidInput(field + ".fraction", "validation.required");
        }
        Credit credit;
        try {
            credit = new Credit(a.fraction());
        } catch (InvalidInput e) {
            throw new InvalidInput(field + ".fraction", e.messageKey(), e.arguments());
        }
        if (!credit.onMoodleList()) {
            throw new InvalidInput(field + ".fraction", "question.credit.notOnList", credit.percent().toPlainString() + " %");
        }
        if (kind != QuestionType.NUMERICAL && a.tolerance() != null) {
            throw new InvalidInput(field + ".tolerance", "question.tolerance.numbersOnly");
        }
        TextFormat answerFormat = a.format() == null || a.format().isBlank() ? questionFormat : textFormat(field + ".format", a.format());
        String words = a.text() == null ? "" : a.text();
        if (kind == QuestionType.TRUE_FALSE) {
            answerFormat = TextFormat.PLAIN;
        }
        FormattedText feedback = new FormattedText(a.feedback() == null ? "" : a.feedback(), questionFormat);
        return new Answer(new FormattedText(words, answerFormat), credit, feedback, a.tolerance());
    }

    private static TextFormat textFormat(String field, String name) {
        if (blank(name)) {
            return TextFormat.HTML;
        }
        return TextFormat.fromGift(name.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInput(field, "question.format.unknown", name));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
