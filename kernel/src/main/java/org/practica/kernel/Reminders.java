package org.practica.kernel;

import java.util.List;

/**
 * Reminds people of what waits for them. A reminder is told only if the person was never told one
 * with the same {@code once} key (say {@code renewal:42:30}), so a job that runs again, restarts,
 * or runs on two servers at once reminds exactly once. Called in the job's transaction, like
 * {@link Notifier}.
 */
public interface Reminders {

    /** One reminder: to whom, what, its once key, the page it is about, its arguments. */
    record Reminder(String username, NoticeKind kind, String once, String link, List<String> arguments) {
    }

    /** Whether it was told now (false: told before, or no such person). */
    boolean remind(String username, NoticeKind kind, String once, String link, String... arguments);

    /** Many at once, as a job finds them; how many were told now. */
    default int remindAll(List<Reminder> due) {
        int told = 0;
        for (Reminder r : due) {
            if (remind(r.username(), r.kind(), r.once(), r.link(), r.arguments().toArray(String[]::new))) {
                told++;
            }
        }
        return told;
    }
}
