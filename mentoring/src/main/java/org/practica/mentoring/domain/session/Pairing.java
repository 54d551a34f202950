package org.practica.mentoring.domain.session;

/** The two people of a mentoring relationship, as a session needs to know them. */
public record Pairing(long relationshipId, String supervisor, String mentee) {

    public boolean includes(String username) {
        return supervisor.equals(username) || mentee.equals(username);
    }

    public String other(String username) {
        return supervisor.equals(username) ? mentee : supervisor;
    }
}
