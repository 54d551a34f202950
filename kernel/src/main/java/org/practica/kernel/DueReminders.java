package org.practica.kernel;

import java.time.Instant;

/**
 * One module's reminders (renewals, sign-offs, closing quizzes): looks for what waits for someone
 * and tells them through {@link Reminders}. Identity's reminder rounds call every implementation
 * CDI finds on a schedule; since each reminder has its once key, a round may run any number of
 * times, on any number of servers.
 */
public interface DueReminders {

    /** A name for the administrators' view of a round. */
    String name();

    /** Tells what is due at {@code now}; how many were told. */
    int remind(Instant now);
}
