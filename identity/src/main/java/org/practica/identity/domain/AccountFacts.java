package org.practica.identity.domain;

/** The two facts about an account that every request needs: where the person works and what language they read. */
public record AccountFacts(long organisationId, String language, String timeZone) {
}
