package org.practica.mentoring.application;

/** Someone a mentee may ask for supervision: a username and the name people know them by. */
public record SupervisorView(String username, String displayName) {
}
