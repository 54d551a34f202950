package org.practica.server.platform;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Brings the schema to the newest version before anything else touches the database. */
final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final String FOLDER = "db/migration";

    private SchemaMigration() {
    }

    static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location())
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * Liberty serves an expanded or loose war's classes from plain directories, which Flyway's
     * classpath scanner does not list; pointing it at the directory itself works everywhere.
     */
    private static String location() {
        URL url = SchemaMigration.class.getClassLoader().getResource(FOLDER);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return "filesystem:" + Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("Unreadable migration folder " + url, e);
            }
        }
        return "classpath:" + FOLDER;
    }
}
