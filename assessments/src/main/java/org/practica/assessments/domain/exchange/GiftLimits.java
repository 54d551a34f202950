package org.practica.assessments.domain.exchange;

import org.practica.assessments.domain.question.Caution;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionDetails;
import org.practica.assessments.domain.question.QuestionOptions;
import org.practica.assessments.domain.question.QuestionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a question would lose on its way out as GIFT, which has no words for it: a mark other than
 * one, a penalty other than its type's, hints, combined feedback, choices in a fixed order, case in
 * short answers, units, an essay's response settings, numbering, embedded answers (Moodle reads a
 * cloze question as a description), a description's general feedback, and files. Moodle XML
 * carries all of it.
 */
public final class GiftLimits {

    private GiftLimits() {
    }

    /** One caution per thing lost, each naming the question. */
    public static List<Caution> of(QuestionDefinition q) {
        List<String> lost = new ArrayList<>();
        QuestionOptions o = q.options();
        QuestionDetails d = o.details();
        QuestionDetails usual = QuestionDetails.defaults(q.type(), q.text().format());
        boolean choices = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_RESPONSE
                || q.type() == QuestionType.MATCHING;
        if (q.type() != QuestionType.DESCRIPTION && q.type() != QuestionType.CLOZE && o.defaultMark().compareTo(BigDecimal.ONE) != 0) {
            lost.add("mark");
        }
        if (d.penalty().compareTo(usual.penalty()) != 0) {
            lost.add("penalty");
        }
        if (!d.hints().isEmpty()) {
            lost.add("hints");
        }
        if (!d.combined().blank()) {
            lost.add("combined");
        }
        if (choices && !o.shuffleAnswers()) {
            lost.add("order");
        }
        if (q.type() == QuestionType.SHORT_ANSWER && o.caseSensitive()) {
            lost.add("case");
        }
        if (q.type() == QuestionType.NUMERICAL && (!o.units().isEmpty() || !d.units().equals(usual.units()))) {
            lost.add("units");
        }
        if (q.type() == QuestionType.ESSAY && (!d.essay().equals(usual.essay()) || o.rubric() != null)) {
            lost.add("essay");
        }
        if (!"abc".equals(d.answerNumbering()) || d.showStandardInstruction()) {
            lost.add("numbering");
        }
        if (q.type() == QuestionType.CLOZE) {
            lost.add("cloze");
        }
        if (q.type() == QuestionType.DESCRIPTION && !q.generalFeedback().blank()) {
            lost.add("generalFeedback");
        }
        if (q.texts().stream().anyMatch(t -> !PluginFileLinks.mediaIn(t).isEmpty())) {
            lost.add("files");
        }
        return lost.stream().map(what -> new Caution("exchange.gift.loses." + what, q.name())).toList();
    }
}
