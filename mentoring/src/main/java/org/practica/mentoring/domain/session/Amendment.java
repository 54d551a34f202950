package org.practica.mentoring.domain.session;

import java.time.Instant;

/** A change to a signed-off session: what it said before, why it changed, who changed it and when. */
public record Amendment(SessionDetails before, String reason, String by, Instant at) {
}
