package org.practica.identity.audit;

import java.time.Instant;

/** A line of the trail as people read it: accounts shown by their current username ({@code user:name}). */
public record AuditEntry(Long seq, Instant at, String actor, String action, String subject, String detail) {
}
