package org.practica.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Which database this installation runs on. An external MariaDB is chosen by setting
 * PRACTICA_DB_URL in the server's environment (server.env or the process environment), which is
 * also what server.xml's dataSource reads.
 */
@ApplicationScoped
public class DatabaseMode {

    @Inject
    @ConfigProperty(name = "PRACTICA_DEMO")
    Optional<Boolean> demoRequested;

    public boolean isEmbedded() { return embeddedByEnvironment(); }

    static boolean embeddedByEnvironment() {
        String url = System.getenv("PRACTICA_DB_URL");
        return url == null || url.isBlank();
    }

    /** Demo accounts exist on the embedded database, and on an external one only on request. */
    public boolean withDemoContent() {
        return demoRequested.orElse(isEmbedded());
    }
}
