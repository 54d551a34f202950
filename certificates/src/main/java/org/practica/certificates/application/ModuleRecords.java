package org.practica.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.assessments.application.QuizResultRecord;
import org.practica.certificates.domain.eligibility.LearningRecord;
import org.practica.courses.application.CourseCompletionRecord;
import org.practica.mentoring.application.SupervisedPracticeRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A person's learning record, asked of the three modules that keep it, each through its own port. */
@ApplicationScoped
public class ModuleRecords implements LearningRecord {

    @Inject
    CourseCompletionRecord courses;

    @Inject
    QuizResultRecord quizzes;

    @Inject
    SupervisedPracticeRecord practice;

    @Override
    public Optional<Instant> courseCompletedAt(String person, long courseId) {
        return courses.completion(person, courseId).map(CourseCompletionRecord.CompletedCourse::completedAt);
    }

    @Override
    public Optional<QuizScore> bestQuizScore(String person, long quizId) {
        return quizzes.best(person, quizId).map(b -> new QuizScore(b.percent(), b.passed(), b.submittedAt()));
    }

    @Override
    public BigDecimal supervisedHours(String person, String competency, LocalDate from, LocalDate to) {
        if (competency == null) {
            return practice.signedOffTotal(person, from, to);
        }
        return practice.signedOffHours(person, from, to).getOrDefault(competency, BigDecimal.ZERO);
    }

    @Override
    public BigDecimal cpdHours(String person, LocalDate from, LocalDate to) {
        return courses.completedBetween(person, from, to).stream().map(CourseCompletionRecord.CompletedCourse::cpdHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What a requirement is called: the course or quiz title, in the reader's language where there is one. */
    String courseTitle(long courseId, String language) {
        return courses.title(courseId, language).orElse("#" + courseId);
    }

    String quizTitle(long quizId) {
        return quizzes.title(quizId).orElse("#" + quizId);
    }
}
