package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.HeldCertificate;
import org.practica.kernel.ScoredAttempt;
import org.practica.monitoring.domain.certificate.HeldCertificates;
import org.practica.kernel.SurveyMoment;
import org.practica.monitoring.domain.survey.CountedSurvey;
import org.practica.monitoring.domain.survey.SurveyCounts;
import org.practica.kernel.TrainingEvent;
import org.practica.kernel.TrainingFacts;
import org.practica.monitoring.domain.CountedEvent;
import org.practica.monitoring.domain.CountedEvents;
import org.practica.monitoring.domain.TrainingScopes;
import org.practica.monitoring.domain.test.TestScore;
import org.practica.monitoring.domain.test.TestScores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

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

    @Inject
    HeldCertificates certificates;

    @Inject
    TrainingScopes scopes;

    @Override
    public void record(TrainingEvent event, String person, Long courseId, Instant at, BigDecimal amount) {
        account(person).ifPresent(account -> events.add(new CountedEvent(event, account.id(),
                account.organisation().id(), courseId, day(at), amount)));
    }

    @Override
    public void courseNamed(long courseId, String title) {
        events.name(courseId, title);
    }

    @Override
    public void scored(ScoredAttempt attempt) {
        account(attempt.person()).ifPresent(account -> {
            scores.add(new TestScore(account.id(), account.organisation().id(), attempt.courseId(), attempt.quizId(), attempt.pair(),
                    attempt.phase(), day(attempt.at()), attempt.percent().setScale(2, RoundingMode.HALF_UP),
                    attempt.passed(), attempt.questionPercents()));
            scores.name(attempt.quizId(), attempt.courseId(), attempt.course(), attempt.quiz());
        });
    }

    @Override
    public void asked(SurveyMoment moment) {
        account(moment.person()).ifPresent(account -> {
            surveys.describe(counted(moment));
            surveys.asked(moment.surveyId(), account.id(), account.organisation().id(), day(moment.at()));
        });
    }

    @Override
    public void answered(SurveyMoment moment, Boolean practiceChanged) {
        account(moment.person()).ifPresent(account -> {
            CountedSurvey survey = counted(moment);
            surveys.describe(survey);
            surveys.answered(survey, account.id(), account.organisation().id(), day(moment.at()), practiceChanged);
        });
    }

    @Override
    public void certificateHeld(HeldCertificate c) {
        account(c.holder()).ifPresent(account -> certificates.hold(c.certificateId(), account.id(), account.organisation().id(), c.bodyId(),
                c.issuedOn(), c.validFrom(), c.validUntil(), c.revokedOn()));
    }

    @Override
    public void cohortOpened(long cohortId, long courseId, String name) {
        scopes.cohortOpened(cohortId, courseId, name);
    }

    @Override
    public void inCohort(String person, long courseId, long cohortId) {
        account(person).ifPresent(account -> scopes.inCohort(account.id(), courseId, cohortId));
    }

    @Override
    public void programmeAsks(long programmeId, long bodyId, String bodyName, java.util.Set<Long> courseIds) {
        scopes.programmeAsks(programmeId, bodyId, bodyName, courseIds);
    }

    /** The account a username names now; none for a name that is not valid or no longer exists. */
    private Optional<UserAccount> account(String person) {
        return Username.ifValid(person).flatMap(accounts::find);
    }

    /** Counted by the UTC day, as every report's periods are. */
    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static CountedSurvey counted(SurveyMoment m) {
        return new CountedSurvey(m.surveyId(), m.courseId(), m.title(), m.followUp(), m.weeksAfter(), m.anonymous());
    }
}
