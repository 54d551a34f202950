package org.practica.server.api.support;

import java.io.IOException;

/** Thrown by the reader of a request body that has passed its ceiling, so the answer can be 413. */
public final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    public BodyTooLarge(long ceiling) {
        super("request body over " + ceiling + " bytes");
    }

    /** True when reading stopped because a body without a declared length passed its ceiling. */
    public static boolean in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
