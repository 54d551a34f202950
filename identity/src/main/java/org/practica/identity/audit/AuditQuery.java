package org.practica.identity.audit;

import java.time.Instant;

/**
 * A search of the trail; every criterion may be left out. The person is an account reference
 * (their lines as actor or as subject); an action ending in a dot matches every action it begins
 * (for example {@code certificate.}); the period runs from {@code from} up to, not including, {@code to}.
 */
public record AuditQuery(String personReference, String action, String subject, Instant from, Instant to, int offset, int limit) {
}
