package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.assessments.domain.attempt.AttemptAnswer;
import org.practica.assessments.domain.attempt.AttemptQuestion;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.ClozeText;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.Grade;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Response;
import org.practica.assessments.domain.question.Rubric;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.assessments.domain.quiz.QuizRepository;
import org.practica.assessments.domain.quiz.ReviewOptions;
import org.practica.courses.domain.course.RichText;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An attempt's result as its reader may see it: the score always; each question's response,
 * correctness, feedback and right answer only as far as the quiz's review options allow at this
 * moment, or everything for the course's trainers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AttemptResults {

    @Inject
    QuizRepository quizzes;

    @Inject
    Clock clock;

    AttemptResult of(QuizAttempt a, List<AttemptAnswer> answers, boolean everything) {
        Quiz quiz = quizzes.find(new QuizId(a.quizId())).orElseThrow();
        ReviewOptions review = everything ? ReviewOptions.everything() : quiz.settings().review();
        boolean submitted = !a.status().isUnsubmitted();
        boolean detailsNow = everything || review.detailsVisible(submitted, quiz.settings().closesAt(), clock.instant());
        List<AttemptResult.Line> lines = new ArrayList<>();
        if (detailsNow) {
            for (AttemptQuestion q : a.questions()) {
                AttemptAnswer row = answers.stream().filter(r -> r.slot() == q.slot()).findFirst().orElse(null);
                Response response = row == null ? null : row.response();
                QuestionDefinition d = q.definition();
                Grade grade = d.type().autoGraded() && submitted ? d.grade(response) : null;
                lines.add(new AttemptResult.Line(q.slot(), d.type().name(), shownText(d),
                        review.responses() ? response : null,
                        review.responses() ? answered(d, response) : null,
                        row == null ? null : row.score(), q.mark(),
                        review.correctness() && grade != null ? grade.credit().full() : null,
                        review.feedback() && grade != null ? feedback(d, grade) : List.of(),
                        review.rightAnswers() ? rightAnswer(d) : null,
                        row == null ? null : row.comment(), judgements(d, row),
                        review.feedback() ? d.options().details().hints().stream().map(h -> h.text().asHtml()).filter(h -> !h.isBlank()).toList()
                                : List.of()));
            }
        }
        return new AttemptResult(a.id().value(), a.quizId(), a.learner(), a.number(), a.status(), a.submittedAt(),
                a.score(), a.maxScore(), a.percent(), a.passed(), lines);
    }

    private static List<String> feedback(QuestionDefinition d, Grade grade) {
        List<String> said = new ArrayList<>(grade.feedback().stream().filter(f -> !f.blank()).map(FormattedText::asHtml).toList());
        FormattedText overall = d.options().details().combined().forCredit(grade.credit());
        if (!overall.blank()) {
            said.add(overall.asHtml());
        }
        return said;
    }

    /** What the question said; a cloze question's gaps are numbered in brackets, its answers not shown. */
    static String shownText(QuestionDefinition d) {
        return d.type() == QuestionType.CLOZE ? d.clozeHtml().replacing(g -> " [" + g.number() + "] ") : d.text().asHtml();
    }

    private static String answered(QuestionDefinition d, Response r) {
        if (r == null) {
            return null;
        }
        if (r.parts() != null) {
            ClozeText cloze = d.cloze();
            return r.parts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(p -> "[" + p.getKey() + "] " + answered(cloze.gap(p.getKey()).asQuestion(), p.getValue()))
                    .collect(Collectors.joining(" | "));
        }
        if (r.text() != null) {
            return r.text();
        }
        if (r.truth() != null) {
            return r.truth() ? "true" : "false";
        }
        if (r.choice() != null) {
            return d.answers().get(r.choice()).text().text();
        }
        if (r.choices() != null) {
            return r.choices().stream().map(i -> d.answers().get(i).text().text()).collect(Collectors.joining(" | "));
        }
        // in the question's order of prompts, as the learner saw them
        return r.matches() == null ? null : r.matches().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(m -> d.pairs().get(m.getKey()).prompt().text() + " → " + m.getValue()).collect(Collectors.joining(" | "));
    }

    private static List<AttemptResult.Judgement> judgements(QuestionDefinition d, AttemptAnswer row) {
        Rubric rubric = d.options().rubric();
        List<Integer> levels = row == null ? List.of() : row.rubricLevels();
        if (rubric == null || levels.size() != rubric.criteria().size()) {
            return List.of();
        }
        List<AttemptResult.Judgement> judged = new ArrayList<>();
        for (int i = 0; i < rubric.criteria().size(); i++) {
            Rubric.Criterion c = rubric.criteria().get(i);
            Rubric.Level chosen = c.levels().get(levels.get(i));
            judged.add(new AttemptResult.Judgement(c.name(), chosen.label(), chosen.points(), c.best()));
        }
        return judged;
    }

    private static String rightAnswer(QuestionDefinition d) {
        return switch (d.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, SHORT_ANSWER, NUMERICAL, TRUE_FALSE -> d.answers().stream()
                    .filter(ans -> ans.credit().positive()).map(Answer::text).map(FormattedText::text)
                    .collect(Collectors.joining(" | "));
            case CLOZE -> d.cloze().gaps().stream()
                    .map(g -> "[" + g.number() + "] " + String.join(" / ", g.rightAnswers().stream().map(RichText::plainText).toList()))
                    .collect(Collectors.joining(" | "));
            case MATCHING -> d.pairs().stream().filter(p -> !p.distractor())
                    .map(p -> p.prompt().text() + " → " + p.answer()).collect(Collectors.joining(" | "));
            default -> null;
        };
    }
}
