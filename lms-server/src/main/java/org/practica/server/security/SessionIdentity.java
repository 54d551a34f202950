package org.practica.server.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in on this HTTP session. Small and serialisable on purpose: with a shared
 * session cache, any instance of a cluster can restore it. The access stamp ends the session when
 * its account changes (see {@link CurrentAccess}).
 */
public record SessionIdentity(String username, Set<String> roles, int accessStamp, boolean mustChangePassword,
                              boolean mustEnrolSecondFactor, boolean noticePending) implements Serializable {

    /** True while the person must finish setting up their account before anything else. */
    public boolean setupPending() {
        return mustChangePassword || mustEnrolSecondFactor;
    }

    public static final String ATTRIBUTE = "practica.identity";

    /** Their second factor is in force now: nothing more to set up for it. */
    public static void secondFactorEnrolled(jakarta.servlet.http.HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof SessionIdentity known) {
            session.setAttribute(ATTRIBUTE, new SessionIdentity(known.username(), known.roles(), known.accessStamp(),
                    known.mustChangePassword(), false, known.noticePending()));
        }
    }

    /** After the person changed their own password, their own session goes on under the new stamp. */
    public static void renew(jakarta.servlet.http.HttpServletRequest request, int accessStamp) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof SessionIdentity known) {
            session.setAttribute(ATTRIBUTE, new SessionIdentity(known.username(), known.roles(), accessStamp, false,
                    known.mustEnrolSecondFactor(), known.noticePending()));
        }
    }

    /** The person accepted the current privacy notice: nothing more to ask of them for it. */
    public static void noticeAccepted(jakarta.servlet.http.HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof SessionIdentity known) {
            session.setAttribute(ATTRIBUTE, new SessionIdentity(known.username(), known.roles(), known.accessStamp(),
                    known.mustChangePassword(), known.mustEnrolSecondFactor(), false));
        }
    }
}
