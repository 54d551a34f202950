package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.ScoredAttempt;
import org.practica.kernel.SurveyMoment;
import org.practica.monitoring.domain.survey.CountedSurvey;
import org.practica.monitoring.domain.survey.SurveyCounts;
import org.practica.kernel.TrainingEvent;
import org.practica.kernel.TrainingFacts;
import org.practica.monitoring.domain.CountedEvent;
import org.practica.monitoring.domain.CountedEvents;
import org.practica.monitoring.domain.test.TestScore;
import org.practica.monitoring.domain.test.TestScores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The domains' events, counted: the person becomes their account's number and the organisation
 * they are in now, so a later move between organisations does not rewrite what was counted where.
 */
@ApplicationScoped
public class CountingTrainingFacts implements TrainingFacts {

    @Inject
    CountedEvents events;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TestScores scores;

    @Inject
    SurveyCounts surveys;

    @Override
    public void record(TrainingEvent event, String person, Long courseId, Instant at, BigDecimal amount) {
        Username.ifValid(person).flatMap(accounts::find).ifPresent(account -> events.add(new CountedEvent(event, account.id(),
                account.organisation().id(), courseId, LocalDate.ofInstant(at, ZoneOffset.UTC), amount)));
    }

    @Override
    public void courseNamed(long courseId, String title) {
        events.name(courseId, title);
    }

    @Override
    public void scored(ScoredAttempt attempt) {
        Username.ifValid(attempt.person()).flatMap(accounts::find).ifPresent(account -> {
            scores.add(new TestScore(account.id(), account.organisation().id(), attempt.courseId(), attempt.quizId(), attempt.pair(),
                    attempt.phase(), LocalDate.ofInstant(attempt.at(), ZoneOffset.UTC), attempt.percent().setScale(2, RoundingMode.HALF_UP),
                    attempt.passed(), attempt.questionPercents()));
            scores.name(attempt.quizId(), attempt.courseId(), attempt.course(), attempt.quiz());
        });
    }

    @Override
    public void asked(SurveyMoment moment) {
        Username.ifValid(moment.person()).flatMap(accounts::find).ifPresent(account -> {
            surveys.describe(counted(moment));
            surveys.asked(moment.surveyId(), account.id(), account.organisation().id(), LocalDate.ofInstant(moment.at(), ZoneOffset.UTC));
        });
    }

    @Override
    public void answered(SurveyMoment moment, Boolean practiceChanged) {
        Username.ifValid(moment.person()).flatMap(accounts::find).ifPresent(account -> {
            CountedSurvey survey = counted(moment);
            surveys.describe(survey);
            surveys.answered(survey, account.id(), account.organisation().id(), LocalDate.ofInstant(moment.at(), ZoneOffset.UTC), practiceChanged);
        });
    }

    private static CountedSurvey counted(SurveyMoment m) {
        return new CountedSurvey(m.surveyId(), m.courseId(), m.title(), m.followUp(), m.weeksAfter(), m.anonymous());
    }
}
