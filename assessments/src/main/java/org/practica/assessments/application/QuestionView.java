package org.practica.assessments.application;

import org.practica.assessments.domain.bank.Question;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.MatchPair;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionDetails;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question as the API and the trainer's pages show it: each answer with its text, credit as a
 * fraction from -1 to 1, feedback and tolerance; matching pairs; formats by their Moodle names;
 * the details Moodle keeps (penalty, hints, combined feedback, tags, id number, essay and unit settings).
 */
public record QuestionView(long id, String category, String language, String name, String type, String text,
                           String format, String generalFeedback, BigDecimal defaultMark, boolean caseSensitive, boolean shuffleAnswers,
                           List<AnswerView> answers, List<PairView> pairs, List<UnitView> units, List<String> translations,
                           QuestionPreview preview, String rubric, String contentNote, QuestionDetails details) {

    public record AnswerView(String text, String format, BigDecimal fraction, String feedback, BigDecimal tolerance) {
    }

    public record PairView(String prompt, String answer) {
    }

    public record UnitView(String unit, BigDecimal multiplier) {
    }

    static QuestionView of(Question q) {
        QuestionDefinition d = q.definition();
        return new QuestionView(q.id(), q.category().value(), q.language().code(), d.name(), d.type().name(),
                d.text().text(), d.text().format().giftName(), d.generalFeedback().text(), d.options().defaultMark(),
                d.options().caseSensitive(), d.options().shuffleAnswers(),
                d.answers().stream().map(QuestionView::answer).toList(),
                d.pairs().stream().map((MatchPair p) -> new PairView(p.prompt().text(), p.answer())).toList(),
                d.options().units().stream().map(u -> new UnitView(u.name(), u.multiplier())).toList(),
                q.translatedInto().stream().sorted().toList(), QuestionPreview.of(d),
                d.options().rubric() == null ? "" : d.options().rubric().asText(), d.options().contentNote(), d.options().details());
    }

    private static AnswerView answer(Answer a) {
        return new AnswerView(a.text().text(), a.text().format().giftName(), a.credit().value(), a.feedback().text(), a.tolerance());
    }
}
