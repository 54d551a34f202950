package org.practica.mentoring.domain.session;

import java.util.List;
import java.util.Optional;

public interface SessionRepository {

    Optional<SupervisionSession> find(long id);

    /** A relationship's sessions, earliest first. */
    List<SupervisionSession> ofRelationship(long relationshipId);

    void add(SupervisionSession session);

    /** Confirmed sessions not signed off, confirmed before {@code before}, in id order after {@code afterId}. */
    List<SignOffDue> waitingForSignOff(java.time.Instant before, long afterId, int limit);

    /**
     * Sessions with texts written before each was sealed with its owners' data keys: amendment
     * reasons in plain text, or texts sealed with the installation's key alone.
     */
    List<SupervisionSession> withTextsToReseal();
}
