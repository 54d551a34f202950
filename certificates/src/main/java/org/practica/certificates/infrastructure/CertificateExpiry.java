package org.practica.certificates.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.certificates.application.Registry;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notes expired certificates in the audit trail, on the server's managed scheduler every ten
 * seconds (one indexed query when there is nothing to note), catching up after a restart on
 * whatever expired while the server was down.
 */
@ApplicationScoped
public class CertificateExpiry {

    private static final Logger LOG = Logger.getLogger(CertificateExpiry.class.getName());
    private static final int BATCH = 500;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Registry registry;

    private ScheduledFuture<?> task;

    public void start() {
        task = scheduler.scheduleWithFixedDelay(this::sweep, 10, 10, TimeUnit.SECONDS);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Notes every expiry not yet noted, a batch at a time. */
    public int sweep() {
        int total = 0;
        try {
            int noted;
            do {
                noted = registry.recordExpiries(BATCH);
                total += noted;
            } while (noted == BATCH);
        } catch (RuntimeException e) {
            // the next sweep tries again
            LOG.log(Level.WARNING, "noting expired certificates failed", e);
        }
        return total;
    }
}
