package org.practica.assessments.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.assessments.application.Attempts;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes and grades attempts whose time ran out while nobody was looking (the browser closed, the
 * phone lost its signal), and reminds learners whose quiz closes within two days with an attempt
 * still open. Runs every few seconds on the server's managed scheduler; after a
 * restart it picks up whatever expired while the server was down.
 */
@ApplicationScoped
public class OverdueAttempts {

    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());
    private static final int BATCH = 200;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Attempts attempts;

    private ScheduledFuture<?> task;

    public void start() {
        task = scheduler.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void sweep() {
        try {
            int closed;
            do {
                closed = attempts.closeOverdue(BATCH);
            } while (closed == BATCH);
            int looked;
            do {
                looked = attempts.remindClosing(BATCH);
            } while (looked == BATCH);
        } catch (RuntimeException e) {
            // the next run tries again; one bad attempt must not stop the sweeps
            LOG.log(Level.WARNING, "closing overdue attempts failed", e);
        }
    }
}
