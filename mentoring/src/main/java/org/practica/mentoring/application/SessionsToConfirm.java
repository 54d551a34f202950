package org.practica.mentoring.application;

/** Sessions a supervisor logged that wait for the mentee to confirm them, in one supervision. */
public record SessionsToConfirm(long relationshipId, String supervisor, int waiting) {
}
