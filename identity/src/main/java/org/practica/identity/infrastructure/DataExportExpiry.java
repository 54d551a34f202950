package org.practica.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.identity.application.DataExports;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Deletes copies of people's data seven days after they were made, checking every ten minutes. */
@ApplicationScoped
public class DataExportExpiry {

    private static final Logger LOG = Logger.getLogger(DataExportExpiry.class.getName());
    private static final int BATCH = 100;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    DataExports exports;

    private ScheduledFuture<?> task;

    public void start() {
        task = scheduler.scheduleWithFixedDelay(this::sweep, 1, 10, TimeUnit.MINUTES);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    public void sweep() {
        try {
            while (exports.expire(BATCH) == BATCH) {
                // another batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deleting expired data exports failed; the next sweep tries again", e);
        }
    }
}
