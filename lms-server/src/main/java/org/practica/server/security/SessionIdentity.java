package org.practica.server.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in on this HTTP session. Small and serialisable on purpose: with a shared
 * session cache, any instance of a cluster can restore it. The access stamp ends the session when
 * its account changes (see {@link CurrentAccess}).
 */
public record SessionIdentity(String username, Set<String> roles, int accessStamp) implements Serializable {

    public static final String ATTRIBUTE = "practica.identity";

    /** After the person changed their own password, their own session goes on under the new stamp. */
    public static void renew(jakarta.servlet.http.HttpServletRequest request, int accessStamp) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof SessionIdentity known) {
            session.setAttribute(ATTRIBUTE, new SessionIdentity(known.username(), known.roles(), accessStamp));
        }
    }
}
