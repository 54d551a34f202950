package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;
import org.practica.kernel.Text;

import java.math.BigDecimal;
import java.util.List;

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
        refusals.refuseIf(chosen.rubric() != null && kind != QuestionType.ESSAY, "rubric", "rubric.essayOnly");
        refusals.throwIfAny();
        answers = given;
        pairs = matched;
        options = chosen;
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
            case SINGLE_CHOICE -> {
                atLeast(answers, 2);
                if (answers.stream().noneMatch(a -> a.credit().full())) {
                    throw new InvalidInput("answers", "question.single.noFullCredit");
                }
            }
            case MULTIPLE_RESPONSE -> {
                atLeast(answers, 2);
                BigDecimal positive = answers.stream().map(a -> a.credit().value()).filter(v -> v.signum() > 0)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (positive.subtract(BigDecimal.ONE).abs().compareTo(SUM_SLACK) > 0) {
                    throw new InvalidInput("answers", "question.multiple.sum", positive.movePointRight(2).stripTrailingZeros().toPlainString());
                }
            }
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
                requireSomeFullCredit(answers);
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
                requireSomeFullCredit(answers);
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
            case ESSAY, DESCRIPTION -> {
                if (!answers.isEmpty() || !pairs.isEmpty()) {
                    throw new InvalidInput("answers", "question.noAnswersExpected");
                }
            }
        }
    }

    private static void atLeast(List<Answer> answers, int n) {
        if (answers.size() < n) {
            throw new InvalidInput("answers", "question.answers.tooFew", n);
        }
    }

    private static void requireSomeFullCredit(List<Answer> answers) {
        if (answers.stream().noneMatch(a -> a.credit().full())) {
            throw new InvalidInput("answers", "question.noFullCredit");
        }
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
