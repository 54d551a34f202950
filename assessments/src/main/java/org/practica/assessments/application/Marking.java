package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Notifier;
import jakarta.transaction.Transactional;
import org.practica.assessments.domain.attempt.AttemptAnswer;
import org.practica.assessments.domain.attempt.AttemptId;
import org.practica.assessments.domain.attempt.AttemptQuestion;
import org.practica.assessments.domain.attempt.AttemptRepository;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizRepository;
import org.practica.courses.application.CourseAuthoring;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The trainers' side of attempts, for the courses they author: reviewing any attempt with
 * everything shown, the essays waiting for a grade, grading them, and the gradebook.
 */
@ApplicationScoped
@Transactional
public class Marking {

    @Inject
    QuizRepository quizzes;

    @Inject
    AttemptRepository attempts;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Attempts learners;

    @Inject
    AttemptResults results;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    /**
     * The result of an attempt for whoever opens it: the learner who sat it sees what the quiz's
     * review options allow, a trainer of its course sees everything; to anyone else it does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptResult resultFor(Actor reader, AttemptId id) {
        QuizAttempt a = attempts.find(id).orElseThrow(() -> new NotFound("attempt.notFound"));
        boolean sat = a.learner().equals(reader.username());
        if (!sat && !authors(reader, a)) {
            throw new NotFound("attempt.notFound");
        }
        return results.of(a, attempts.answers(id), !sat);
    }

    private boolean authors(Actor reader, QuizAttempt a) {
        if (!reader.has(Role.TRAINER)) {
            return false;
        }
        try {
            authoring.requireAuthor(reader, new org.practica.courses.domain.course.CourseId(a.courseId()));
            return true;
        } catch (NotFound | NotPermitted notTheirs) {
            return false;
        }
    }

    /** For the course's trainers: any attempt with everything shown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptResult review(Actor trainer, AttemptId id) {
        QuizAttempt a = attempts.find(id).orElseThrow(() -> new NotFound("attempt.notFound"));
        authoring.requireAuthor(trainer, new org.practica.courses.domain.course.CourseId(a.courseId()));
        return results.of(a, attempts.answers(id), true);
    }

    /** Essays of the course's attempts that wait for a trainer, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EssayToGrade> essaysToGrade(Actor trainer, org.practica.courses.domain.course.CourseId course) {
        authoring.requireAuthor(trainer, course);
        java.util.Map<Long, String> titles = quizzes.of(course).stream()
                .collect(Collectors.toMap(q -> q.id().value(), Quiz::title));
        List<EssayToGrade> essays = new ArrayList<>();
        for (QuizAttempt a : attempts.ofCourse(course.value())) {
            if (a.status() != org.practica.assessments.domain.attempt.AttemptStatus.NEEDS_GRADING) {
                continue;
            }
            String title = titles.getOrDefault(a.quizId(), "");
            for (AttemptAnswer row : attempts.answers(a.id())) {
                AttemptQuestion q = a.question(row.slot()).orElseThrow();
                if (q.definition().type() == QuestionType.ESSAY && !row.isGraded()) {
                    essays.add(new EssayToGrade(a.id().value(), a.learner(), a.number(), a.submittedAt(), title, row.slot(), q.definition().text().asHtml(),
                            row.response() == null ? "" : row.response().text(), q.mark(), q.definition().options().rubric()));
                }
            }
        }
        // oldest first: the one who has waited longest is graded next
        essays.sort(java.util.Comparator.comparing(EssayToGrade::submittedAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return essays;
    }

    /** Grades per learner and quiz; the learners and their cohorts come from the course's report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Gradebook gradebook(Actor trainer, org.practica.courses.domain.course.CourseId course,
                               List<Gradebook.Row> learners, Long cohortId) {
        authoring.requireAuthor(trainer, course);
        List<Quiz> all = quizzes.of(course);
        java.util.Map<String, List<QuizAttempt>> byLearner = attempts.ofCourse(course.value()).stream()
                .collect(Collectors.groupingBy(QuizAttempt::learner));
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Gradebook.Row who : learners) {
            List<QuizAttempt> theirs = byLearner.getOrDefault(who.learner(), List.of());
            List<Gradebook.Cell> cells = new ArrayList<>();
            for (Quiz quiz : all) {
                List<QuizAttempt> atQuiz = theirs.stream().filter(a -> a.quizId() == quiz.id().value()).toList();
                BigDecimal grade = org.practica.assessments.domain.attempt.QuizGrade.of(quiz.settings().gradingMethod(), atQuiz).orElse(null);
                cells.add(new Gradebook.Cell(grade, grade == null ? null : grade.compareTo(quiz.settings().passPercent()) >= 0, atQuiz.size()));
            }
            rows.add(new Gradebook.Row(who.learner(), who.displayName(), who.cohortName(), cells));
        }
        return new Gradebook(course.value(), cohortId,
                all.stream().map(q -> new Gradebook.Column(q.id().value(), q.title(), q.required())).toList(), rows);
    }

    public AttemptResult gradeEssay(Actor trainer, AttemptId id, int slot, BigDecimal score, List<Integer> levels, String comment) {
        QuizAttempt a = attempts.lock(id).orElseThrow(() -> new NotFound("attempt.notFound"));
        authoring.requireAuthor(trainer, new org.practica.courses.domain.course.CourseId(a.courseId()));
        List<AttemptAnswer> all = attempts.answers(id);
        AttemptAnswer row = all.stream().filter(r -> r.slot() == slot).findFirst()
                .orElseThrow(() -> new org.practica.kernel.InvalidInput("slot", "attempt.noSuchQuestion", slot));
        a.gradeEssay(row, score, levels, comment, trainer.username(), all);
        audit.record(trainer.username(), "attempt.essayGraded", subject(id), "slot " + slot);
        String quiz = quizzes.titleOf(a.quizId());
        notifier.tell(a.learner(), NoticeKind.ESSAY_GRADED, "/courses/result.xhtml?id=" + id.value(), quiz);
        learners.afterGrading(a);
        return results.of(a, all, true);
    }

    private static String subject(AttemptId id) {
        return "attempt:" + id.value();
    }
}
