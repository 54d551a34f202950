package org.practica.mentoring.domain.session;

import java.time.Instant;

/**
 * An amendment as the database keeps it: the reason sealed like the notes (it is the supervisor's
 * free text about the session). {@code reason} is only ever read: rows written before reasons were
 * sealed have it in plain text until they are sealed at the next start.
 */
public record StoredAmendment(SessionDetails before, String reasonSealed, String reason, String by, Instant at) {
}
