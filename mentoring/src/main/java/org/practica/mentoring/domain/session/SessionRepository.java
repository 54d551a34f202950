package org.practica.mentoring.domain.session;

import java.util.List;
import java.util.Optional;

public interface SessionRepository {

    Optional<SupervisionSession> find(long id);

    /** A relationship's sessions, earliest first. */
    List<SupervisionSession> ofRelationship(long relationshipId);

    void add(SupervisionSession session);

    /** Sessions whose amendment reasons may still be in plain text (written before they were sealed). */
    List<SupervisionSession> withPlainAmendmentReasons();
}
