package org.practica.server.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** UP only when migrations are done and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/practica")
    DataSource dataSource;

    @Inject
    PlatformStatus status;

    @Inject
    DatabaseWatch watch;

    @Override
    public HealthCheckResponse call() {
        if (!status.isReady()) {
            return HealthCheckResponse.named("database").down().withData("reason", "starting").build();
        }
        if (!watch.answering()) {
            // known already: no need to queue for a connection to find out again
            return HealthCheckResponse.named("database").down().withData("reason", "not answering").build();
        }
        try (Connection c = dataSource.getConnection()) {
            boolean answers = c.isValid(2);
            return HealthCheckResponse.named("database").status(answers).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("reason", "unreachable").build();
        }
    }
}
