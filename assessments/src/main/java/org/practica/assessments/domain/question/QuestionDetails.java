package org.practica.assessments.domain.question;

import org.practica.kernel.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a question carries besides what it asks and accepts, kept so that it goes back to Moodle
 * as it came: the penalty for each wrong try (recorded for interactive tries; a share of the
 * mark), hints (shown on review), combined feedback, tags, an id number, how choices are numbered
 * and whether Moodle's standard instruction is shown, an essay's response settings and a
 * numerical question's unit handling.
 */
public record QuestionDetails(BigDecimal penalty, List<Hint> hints, CombinedFeedback combined, List<String> tags,
                              String idNumber, String answerNumbering, boolean showStandardInstruction,
                              EssayResponse essay, UnitHandling units) {

    public static final int TAG_MAX = 100;
    private static final BigDecimal THIRD = new BigDecimal("0.3333333");

    public QuestionDetails {
        // none given: the question fills in its type's (QuestionDefinition completes its details)
        penalty = penalty == null ? null : Decimals.plain(penalty);
        hints = hints == null ? List.of() : List.copyOf(hints);
        tags = tags == null ? List.of() : tags.stream().map(t -> Text.required("tags", t, TAG_MAX)).distinct().toList();
        idNumber = idNumber == null || idNumber.isBlank() ? null : Text.required("idnumber", idNumber, TAG_MAX);
        answerNumbering = answerNumbering == null || answerNumbering.isBlank() ? "abc" : answerNumbering.strip();
    }

    /** The same details with every text rewritten (hints, combined feedback, an essay's grader information and template). */
    public QuestionDetails withTexts(UnaryOperator<FormattedText> rewrite) {
        return new QuestionDetails(penalty, hints.stream().map(h -> new Hint(rewrite.apply(h.text()), h.showNumCorrect(), h.clearWrong())).toList(),
                combined == null ? null : new CombinedFeedback(rewrite.apply(combined.correct()), rewrite.apply(combined.partiallyCorrect()),
                        rewrite.apply(combined.incorrect()), combined.showNumCorrect()),
                tags, idNumber, answerNumbering, showStandardInstruction,
                essay == null ? null : new EssayResponse(essay.format(), essay.required(), essay.fieldLines(), essay.attachments(),
                        essay.attachmentsRequired(), essay.minWords(), essay.maxWords(), essay.maxBytes(), essay.fileTypes(),
                        rewrite.apply(essay.graderInfo()), rewrite.apply(essay.template())),
                units);
    }

    /** The same details with the hints worded anew, in order; each keeps its settings. */
    public QuestionDetails withHintTexts(List<FormattedText> texts) {
        List<Hint> worded = new java.util.ArrayList<>();
        for (int i = 0; i < hints.size(); i++) {
            Hint h = hints.get(i);
            worded.add(new Hint(texts.get(i), h.showNumCorrect(), h.clearWrong()));
        }
        return new QuestionDetails(penalty, worded, combined, tags, idNumber, answerNumbering, showStandardInstruction, essay, units);
    }

    /** Its texts, as {@link #withTexts} rewrites them. */
    public List<FormattedText> texts() {
        List<FormattedText> all = new ArrayList<>();
        hints.forEach(h -> all.add(h.text()));
        if (combined != null) {
            all.addAll(List.of(combined.correct(), combined.partiallyCorrect(), combined.incorrect()));
        }
        if (essay != null) {
            all.addAll(List.of(essay.graderInfo(), essay.template()));
        }
        return all;
    }

    /**
     * What Moodle gives a question of this type that says nothing more: a penalty of a third (all
     * of the mark for true/false, none for descriptions), no hints or tags, empty
     * combined feedback, an essay's usual response field, the usual unit handling.
     */
    public static QuestionDetails defaults(QuestionType type, TextFormat format) {
        BigDecimal penalty = switch (type) {
            case TRUE_FALSE -> BigDecimal.ONE;
            case DESCRIPTION -> BigDecimal.ZERO;
            default -> THIRD;
        };
        return new QuestionDetails(penalty, List.of(), CombinedFeedback.none(format), List.of(), null, "abc", false,
                type == QuestionType.ESSAY ? EssayResponse.defaults(format) : null,
                type == QuestionType.NUMERICAL ? UnitHandling.defaults() : null);
    }
}
