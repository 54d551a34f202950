package org.practica.server.web.support;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Whether a failure was the database being out of reach (not a bug): such requests answer 503. */
public final class DatabaseTrouble {

    /** How long a client is asked to wait before trying again while the database is out of reach. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseTrouble() {
    }

    public static boolean in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
