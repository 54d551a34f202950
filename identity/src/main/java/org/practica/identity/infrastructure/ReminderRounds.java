package org.practica.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.kernel.DueReminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every module's reminders, on the server's managed scheduler every
 * {@code PRACTICA_REMINDER_SECONDS} (ten minutes by default) and at an administrator's asking.
 * A round may be cut short by a restart or run on two servers at once: each reminder's once key
 * makes it told once whatever happens, so the next round simply finds less to do.
 */
@ApplicationScoped
public class ReminderRounds {

    private static final Logger LOG = Logger.getLogger(ReminderRounds.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Instance<DueReminders> sources;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "PRACTICA_REMINDER_SECONDS", defaultValue = "600")
    long everySeconds;

    /** One round on this server at a time: the scheduled one and an administrator's never overlap. */
    private final ReentrantLock running = new ReentrantLock();
    private ScheduledFuture<?> task;

    /** What one round told, per module (-1: stopped by an error, to be found again next round), and how long it took. */
    public record Round(Map<String, Integer> told, Duration took) {
    }

    public void start() {
        task = scheduler.scheduleWithFixedDelay(this::scheduled, 30, everySeconds, TimeUnit.SECONDS);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    public Round runNow() {
        running.lock();
        try {
            Instant started = clock.instant();
            Map<String, Integer> told = new LinkedHashMap<>();
            for (DueReminders source : sources) {
                try {
                    told.put(source.name(), source.remind(clock.instant()));
                } catch (RuntimeException e) {
                    // (two servers telling the same reminder at once: the unique once key refused one) the
                    // other modules still go; what this one left is found again by the next round
                    LOG.log(Level.WARNING, "reminders of " + source.name() + " stopped: " + e.getClass().getName());
                    told.put(source.name(), -1);
                }
            }
            return new Round(told, Duration.between(started, clock.instant()));
        } finally {
            running.unlock();
        }
    }

    private void scheduled() {
        try {
            Round round = runNow();
            if (round.told().values().stream().anyMatch(n -> n > 0)) {
                LOG.info(() -> "Reminders told: " + round.told() + " in " + round.took().toMillis() + " ms");
            }
        } catch (RuntimeException e) {
            // the next round tries again; what was told is told once
            LOG.log(Level.WARNING, "a reminder round failed: " + e.getClass().getName());
        }
    }
}
