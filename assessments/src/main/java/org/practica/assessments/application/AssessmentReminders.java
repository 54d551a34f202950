package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.assessments.domain.attempt.AttemptRepository;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizRepository;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.enrollment.EnrollmentRepository;
import org.practica.kernel.DueReminders;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What assessment reminds people of: enrolled learners who have not begun a quiz that closes
 * within two days (those with an attempt open hear it from the overdue sweep, with a link to the
 * attempt); course authors, once a week, of essays that have waited more than a week for a grade.
 */
@ApplicationScoped
public class AssessmentReminders implements DueReminders {

    /** Learners reminded per transaction. */
    static final int CHUNK = 1_000;
    static final Duration ESSAYS_WAIT = Duration.ofDays(7);

    @Inject
    QuizRepository quizzes;

    @Inject
    AttemptRepository attempts;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    CourseRepository courses;

    @Inject
    Reminders reminders;

    @Inject
    AssessmentReminders self;

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public int remind(Instant now) {
        int told = 0;
        for (Quiz quiz : self.closing(now)) {
            List<String> notBegun = self.notBegun(quiz);
            for (int from = 0; from < notBegun.size(); from += CHUNK) {
                told += self.tellClosing(quiz.id().value(), quiz.title(), notBegun.subList(from, Math.min(notBegun.size(), from + CHUNK)));
            }
        }
        return told + self.tellEssaysWaiting(now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Quiz> closing(Instant now) {
        return quizzes.closingBetween(now, now.plus(QuizAttempt.CLOSING_NOTICE));
    }

    /** Active learners of the quiz's course without an attempt at it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> notBegun(Quiz quiz) {
        Set<String> began = attempts.learnersWhoBegan(quiz.id().value());
        return enrollments.activeLearners(quiz.courseId()).stream().filter(l -> !began.contains(l)).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int tellClosing(long quizId, String title, List<String> learners) {
        return reminders.remindAll(learners.stream().map(l -> new Reminders.Reminder(l, NoticeKind.QUIZ_CLOSING, "closing:" + quizId,
                "/courses/quiz.xhtml?id=" + quizId, List.of(title))).toList());
    }

    /** Each course's author hears once a week (ISO week) how many essays have waited more than a week. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int tellEssaysWaiting(Instant now) {
        var today = now.atZone(ZoneOffset.UTC);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<Reminders.Reminder> due = new ArrayList<>();
        attempts.waitingForGrading(now.minus(ESSAYS_WAIT)).forEach((course, count) ->
                courses.find(new CourseId(course)).ifPresent(c -> due.add(new Reminders.Reminder(c.createdBy(), NoticeKind.ESSAYS_WAITING,
                        "essays:" + course + ":" + week, "/author/grading.xhtml?id=" + course, List.of(String.valueOf(count))))));
        return reminders.remindAll(due);
    }
}
