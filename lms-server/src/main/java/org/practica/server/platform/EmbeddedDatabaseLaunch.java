package org.practica.server.platform;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import org.practica.embedded.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Starts the embedded MariaDB when the application begins to deploy, so that unpacking and
 * starting it (seconds on a first run) overlaps CDI, OpenAPI and Faces start-up instead of
 * following them. {@link Startup} waits for it before migrating the schema.
 */
public class EmbeddedDatabaseLaunch implements Extension {

    private CompletableFuture<EmbeddedDatabase> launch;

    void beginWithDeployment(@Observes BeforeBeanDiscovery event) {
        if (!DatabaseMode.embeddedByEnvironment()) {
            return;
        }
        Path dataDir = Path.of(lookup("practica/dataDir"));
        Path socket = Path.of(lookup("practica/embeddedDbSocket"));
        EmbeddedDatabase database = new EmbeddedDatabase(dataDir, socket);
        launch = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                database.start();
                launch.complete(database);
            } catch (RuntimeException | LinkageError e) {
                // a missing class must fail the start, not leave it waiting for ever
                launch.completeExceptionally(e);
            }
        }, "practica-embedded-mariadb");
        starter.setDaemon(true);
        starter.start();
    }

    /** The started database, or empty when an external one is configured. */
    Optional<EmbeddedDatabase> awaitStarted() {
        if (launch == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(launch.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded MariaDB was starting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static String lookup(String name) {
        try {
            return (String) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("server.xml must define the JNDI entry " + name, e);
        }
    }
}
