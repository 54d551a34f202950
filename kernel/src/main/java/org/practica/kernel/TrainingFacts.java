package org.practica.kernel;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Tells monitoring that something happened in a person's training, in the transaction of the
 * event, so the counts a programme manager reads never disagree with what the domains hold.
 * Monitoring keeps only what it counts by (the person's account number and organisation, the
 * course, the day), never a name, an answer or a note. {@code courseId} is null where no course
 * is concerned; {@code amount} is 1 for things that happen once, hours for supervised practice.
 */
public interface TrainingFacts {

    void record(TrainingEvent event, String person, Long courseId, Instant at, BigDecimal amount);

    /** What a course is called now, so a report can name it without reading the courses. */
    default void courseNamed(long courseId, String title) {
    }

    /** A quiz attempt was graded (a pre-test, a post-test or any other quiz). */
    default void scored(ScoredAttempt attempt) {
    }

    /** A person was asked a survey (an evaluation at the end of a course, or a follow-up weeks later). */
    default void asked(SurveyMoment moment) {
    }

    /**
     * A person answered a survey; {@code practiceChanged} is what the answers say of their practice
     * (null when they did not say). For an anonymous survey the person is told only so their
     * invitation counts as answered: the reply is kept without them.
     */
    default void answered(SurveyMoment moment, Boolean practiceChanged) {
    }

    /** A certificate was issued, or revoked: its days of validity, and the day it was revoked if it was. */
    default void certificateHeld(HeldCertificate certificate) {
    }

    /** A trainer opened a cohort of a course: what it is called, so a report can offer it by name. */
    default void cohortOpened(long cohortId, long courseId, String name) {
    }

    /** A person's enrolment in a course belongs to this cohort now (a person is in one cohort of a course at a time). */
    default void inCohort(String person, long courseId, long cohortId) {
    }

    /**
     * A body's certification programme asks for these courses (told when it is defined or revised),
     * so a report narrowed to the body counts the training that leads to its certificates.
     */
    default void programmeAsks(long programmeId, long bodyId, String bodyName, java.util.Set<Long> courseIds) {
    }

    /** Nothing is counted: for a module tested without monitoring. */
    TrainingFacts NONE = (event, person, courseId, at, amount) -> { };
}
