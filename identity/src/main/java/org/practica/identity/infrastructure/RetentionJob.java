package org.practica.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.identity.application.RetentionRuns;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries approved retention runs to their end: every minute, any run approved and unfinished
 * (stopped by a restart, say) goes on from the last batch it completed.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    RetentionRuns runs;

    private ScheduledFuture<?> task;

    public void start() {
        task = scheduler.scheduleWithFixedDelay(this::round, 5, 60, TimeUnit.SECONDS);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void round() {
        try {
            runs.resumeUnfinished();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "resuming retention runs failed; the next round tries again", e);
        }
    }
}
