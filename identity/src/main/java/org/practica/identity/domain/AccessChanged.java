package org.practica.identity.domain;

/**
 * Event: what an account may do has changed (its access stamp moved). Observers that remember
 * access states forget this one once the change is committed.
 */
public record AccessChanged(String username) {
}
