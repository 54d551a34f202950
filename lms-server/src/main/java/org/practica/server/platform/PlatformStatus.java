package org.practica.server.platform;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up (database, migrations, provisioning) has finished. */
@ApplicationScoped
public class PlatformStatus {

    private volatile boolean ready;

    void markReady() {
        ready = true;
    }

    void markStopping() {
        ready = false;
    }

    public boolean isReady() { return ready; }
}
