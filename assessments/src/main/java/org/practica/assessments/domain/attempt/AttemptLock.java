package org.practica.assessments.domain.attempt;

import java.time.Instant;

/** What saving an answer needs to know of an attempt, read under a shared lock on its row. */
public record AttemptLock(String learner, AttemptStatus status, Instant deadline) {
}
