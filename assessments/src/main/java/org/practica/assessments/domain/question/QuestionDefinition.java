package org.practica.assessments.domain.question;

import org.practica.courses.domain.course.RichText;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;
import org.practica.kernel.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Everything that makes a question what it is, in one language: what it asks, the answers it
 * accepts with their credit and feedback, and the options of its type. Immutable; a new definition
 * replaces the old one when a trainer edits a question. Importers build it, exporters write it,
 * attempts grade responses against it.
 *
 * <p>A true/false question has two answers, "true" then "false", each with the credit and feedback
 * of choosing it, as Moodle stores them.
 */
public record QuestionDefinition(String name, QuestionType type, FormattedText text, FormattedText generalFeedback,
                                 List<Answer> answers, List<MatchPair> pairs, QuestionOptions options) {

    public static final int NAME_MAX = 255;
    private static final BigDecimal SUM_SLACK = new BigDecimal("0.0001");

    public QuestionDefinition {
        if (type == null) {
            throw new InvalidInput("type", "validation.required");
        }
        if (text == null) {
            throw new InvalidInput("text", "validation.required");
        }
        Refusals refusals = new Refusals();
        String n = name;
        name = refusals.check(() -> Text.required("name", n, NAME_MAX));
        generalFeedback = generalFeedback == null ? FormattedText.empty(text.format()) : generalFeedback;
        List<Answer> given = answers == null ? List.of() : List.copyOf(answers);
        List<MatchPair> matched = pairs == null ? List.of() : List.copyOf(pairs);
        QuestionOptions chosen = options == null ? QuestionOptions.defaults(type) : options;
        QuestionType kind = type;
        FormattedText words = text;
        refusals.check(() -> checkText(kind, words));
        refusals.check(() -> checkAnswers(kind, given, matched));
        refusals.check(() -> checkGaps(kind, words));
        refusals.refuseIf(chosen.rubric() != null && kind != QuestionType.ESSAY, "rubric", "rubric.essayOnly");
        refusals.throwIfAny();
        chosen = chosen.withDetails(completed(kind, words.format(), chosen.details()));
        if (kind == QuestionType.CLOZE) {
            // a cloze question is worth its gaps' weights, as in Moodle; the mark is not set apart
            chosen = chosen.withDefaultMark(BigDecimal.valueOf(ClozeText.parse(text.text()).totalWeight()));
        }
        answers = given;
        pairs = matched;
        options = chosen;
    }

    /**
     * The details a question of this type keeps: its type's defaults where none are given, an
     * essay's response settings only for an essay, unit handling only for a number.
     */
    private static QuestionDetails completed(QuestionType type, TextFormat format, QuestionDetails given) {
        QuestionDetails defaults = QuestionDetails.defaults(type, format);
        if (given == null) {
            return defaults;
        }
        return new QuestionDetails(given.penalty() == null ? defaults.penalty() : given.penalty(), given.hints(), given.combined() == null ? defaults.combined() : given.combined(),
                given.tags(), given.idNumber(), given.answerNumbering(), given.showStandardInstruction(),
                type == QuestionType.ESSAY ? (given.essay() == null ? defaults.essay() : given.essay()) : null,
                type == QuestionType.NUMERICAL ? (given.units() == null ? defaults.units() : given.units()) : null);
    }

    /** The same question with other details (a revision keeps the details the editor does not show). */
    public QuestionDefinition withDetails(QuestionDetails details) {
        return new QuestionDefinition(name, type, text, generalFeedback, answers, pairs, options.withDetails(details));
    }

    /**
     * The same question with a content note (none added when blank): GIFT and Moodle XML carry it
     * beside the question, where Moodle passes over it.
     */
    public QuestionDefinition withContentNote(String note) {
        return note == null || note.isBlank() ? this
                : new QuestionDefinition(name, type, text, generalFeedback, answers, pairs, options.withContentNote(note.strip()));
    }

    private static void checkText(QuestionType type, FormattedText text) {
        if (text.blank() && type != QuestionType.DESCRIPTION) {
            throw new InvalidInput("text", "question.text.required");
        }
        if (text.text().length() > FormattedText.MAX_CHARS) {
            throw new InvalidInput("text", "validation.tooLong", FormattedText.MAX_CHARS);
        }
    }

    private static void checkAnswers(QuestionType type, List<Answer> answers, List<MatchPair> pairs) {
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> atLeast(answers, 2);
            case TRUE_FALSE -> {
                if (answers.size() != 2 || answers.stream().filter(a -> a.credit().full()).count() != 1) {
                    throw new InvalidInput("answers", "question.trueFalse.shape");
                }
            }
            case SHORT_ANSWER -> {
                atLeast(answers, 1);
                if (answers.stream().anyMatch(a -> a.text().blank())) {
                    throw new InvalidInput("answers", "question.answer.blank");
                }
            }
            case NUMERICAL -> {
                atLeast(answers, 1);
                for (Answer a : answers) {
                    if (!NumericalMatch.isAnyOther(a)) {
                        NumericalMatch.number("answers", a.text().text());
                        if (a.tolerance() != null && a.tolerance().signum() < 0) {
                            throw new InvalidInput("answers", "question.numerical.tolerance", a.tolerance().toPlainString());
                        }
                    }
                }
            }
            case MATCHING -> {
                long real = pairs.stream().filter(p -> !p.distractor()).count();
                if (real < 2) {
                    throw new InvalidInput("pairs", "question.matching.tooFew");
                }
                if (pairs.stream().anyMatch(p -> p.answer().isEmpty())) {
                    throw new InvalidInput("pairs", "question.answer.blank");
                }
            }
            case ESSAY, DESCRIPTION, CLOZE -> {
                if (!answers.isEmpty() || !pairs.isEmpty()) {
                    throw new InvalidInput("answers", "question.noAnswersExpected");
                }
            }
        }
    }

    private static void checkGaps(QuestionType type, FormattedText text) {
        if (type != QuestionType.CLOZE) {
            return;
        }
        ClozeText cloze = ClozeText.parse(text.text());
        if (cloze.gaps().isEmpty()) {
            throw new InvalidInput("text", "question.cloze.noGaps", ClozeText.EXAMPLES.get(0));
        }
        cloze.gaps().forEach(ClozeGap::asQuestion);
        if (cloze.totalWeight() <= 0) {
            throw new InvalidInput("text", "question.cloze.weightless");
        }
    }

    /**
     * The gaps of a cloze question with the text around them as HTML that is safe to show (the
     * HTML formats were sanitised; plain text is escaped).
     */
    public ClozeText clozeHtml() {
        ClozeText cloze = cloze();
        return text.format().isHtml() ? cloze
                : new ClozeText(cloze.pieces().stream().map(FormattedText::escaped).toList(), cloze.gaps());
    }

    /** The gaps of a cloze question and the text around them; none for other types. */
    public ClozeText cloze() {
        return type == QuestionType.CLOZE ? ClozeText.parse(text.text()) : new ClozeText(List.of(text.text()), List.of());
    }

    private static void atLeast(List<Answer> answers, int n) {
        if (answers.size() < n) {
            throw new InvalidInput("answers", "question.answers.tooFew", n);
        }
    }

    /**
     * The same question with every text rewritten (question, general feedback, answers, their
     * feedback, matching prompts, hints, combined feedback, an essay's grader information): how links to files are moved when files are stored or exported.
     */
    public QuestionDefinition withTexts(UnaryOperator<String> rewrite) {
        UnaryOperator<FormattedText> r = t -> new FormattedText(rewrite.apply(t.text()), t.format());
        return new QuestionDefinition(name, type, r.apply(text), r.apply(generalFeedback),
                answers.stream().map(a -> new Answer(r.apply(a.text()), a.credit(), r.apply(a.feedback()), a.tolerance())).toList(),
                pairs.stream().map(p -> new MatchPair(r.apply(p.prompt()), p.answer())).toList(),
                options.withDetails(options.details().withTexts(r)));
    }

    /** Every text of the question, as {@link #withTexts} rewrites them. */
    public List<String> texts() {
        List<String> all = new ArrayList<>(List.of(text.text(), generalFeedback.text()));
        answers.forEach(a -> {
            all.add(a.text().text());
            all.add(a.feedback().text());
        });
        pairs.forEach(p -> all.add(p.prompt().text()));
        options.details().texts().forEach(t -> all.add(t.text()));
        return all;
    }

    /**
     * This definition when every answer's credit is one Moodle offers (as its importers and its
     * form insist, so that the question can go back to Moodle); otherwise a refusal listing the
     * others as percentages.
     */
    public QuestionDefinition requireMoodleCredits() {
        List<String> off = answers.stream().map(Answer::credit).filter(c -> !c.onMoodleList())
                .map(c -> c.percent().toPlainString() + " %").distinct().toList();
        if (!off.isEmpty()) {
            throw new InvalidInput("answers", "question.credit.notOnList", String.join(", ", off));
        }
        return this;
    }

    /**
     * What a trainer probably did not mean, though Moodle accepts it and so does Practica: no answer
     * worth full credit, multiple-response credits that do not add up to 100 %, an image without
     * alternative text. Shown beside the question in previews, never a reason to refuse it.
     */
    public List<Caution> cautions() {
        List<Caution> cautions = new ArrayList<>();
        switch (type) {
            case SINGLE_CHOICE, SHORT_ANSWER, NUMERICAL -> {
                if (answers.stream().noneMatch(a -> a.credit().full())) {
                    cautions.add(new Caution("question.caution.noFullCredit"));
                }
            }
            case MULTIPLE_RESPONSE -> {
                BigDecimal positive = answers.stream().map(a -> a.credit().value()).filter(v -> v.signum() > 0)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (positive.subtract(BigDecimal.ONE).abs().compareTo(SUM_SLACK) > 0) {
                    cautions.add(new Caution("question.caution.sum", positive.movePointRight(2).stripTrailingZeros().toPlainString()));
                }
            }
            case CLOZE -> {
                for (ClozeGap gap : cloze().gaps()) {
                    for (Caution c : gap.asQuestion().cautions()) {
                        List<Object> arguments = new ArrayList<>(List.of(gap.number()));
                        arguments.addAll(c.arguments());
                        cautions.add(new Caution(c.messageKey().replace("question.caution.", "question.caution.gap."), arguments));
                    }
                }
            }
            default -> { }
        }
        int withoutAlt = RichText.imagesWithoutAlt(text.asHtml()) + RichText.imagesWithoutAlt(generalFeedback.asHtml())
                + answers.stream().mapToInt(a -> RichText.imagesWithoutAlt(a.text().asHtml()) + RichText.imagesWithoutAlt(a.feedback().asHtml())).sum();
        if (withoutAlt > 0) {
            cautions.add(new Caution("question.caution.imageAlt", withoutAlt));
        }
        return cautions;
    }

    /**
     * The response if it may be saved for this question; otherwise a refusal naming what is wrong
     * (an answer out of range, words where a number is asked...). Grading reads "six" as wrong
     * rather than refusing it, for responses saved before this rule.
     */
    public Response check(Response response) {
        Response checked = Grading.check(this, response);
        // "six" would be saved and marked wrong without the learner knowing why; a unit may follow
        if (checked != null && type == QuestionType.NUMERICAL && !NumericalMatch.startsWithNumber(checked.text())) {
            throw new InvalidInput("response", "question.response.notANumber");
        }
        return checked;
    }

    /** The credit a response earns and the feedback it brings; essays wait for a trainer. */
    public Grade grade(Response response) {
        return Grading.of(this, response);
    }

    /** The lowest credit a response can earn: below zero only when a single wrong pick is penalised. */
    public Credit minimumCredit() {
        if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.TRUE_FALSE) {
            return answers.stream().map(Answer::credit).min(Credit::compareTo).filter(Credit::negative).orElse(Credit.NONE);
        }
        return Credit.NONE;
    }
}
