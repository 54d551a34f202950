package org.practica.kernel;

/**
 * Reminds a person of something that waits for them. A reminder is told only if the person was
 * never told one with the same {@code once} key (say {@code renewal:42:30}), so a job that runs
 * again, restarts, or runs on two servers at once reminds exactly once. Called in the job's
 * transaction, like {@link Notifier}.
 */
@FunctionalInterface
public interface Reminders {

    /** Whether it was told now (false: told before, or no such person). */
    boolean remind(String username, NoticeKind kind, String once, String link, String... arguments);
}
