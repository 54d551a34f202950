package org.practica.server.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in on this HTTP session. Small and serialisable on purpose: with a shared
 * session cache, any instance of a cluster can restore it.
 */
public record SessionIdentity(String username, Set<String> roles) implements Serializable {

    public static final String ATTRIBUTE = "practica.identity";
}
