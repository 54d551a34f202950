package org.practica.server.platform;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.practica.demo.DemoCourses;
import org.practica.embedded.EmbeddedDatabase;
import org.practica.identity.application.AccountProvisioning;
import org.practica.mentoring.application.SupervisionSessions;

import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Start-up order matters: the database (embedded or external) must answer and the schema must be
 * current before accounts are provisioned and before the readiness check turns UP.
 */
@WebListener
public class Startup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = "jdbc/practica")
    DataSource dataSource;

    @Inject
    EmbeddedDatabaseLaunch embeddedLaunch;

    @Inject
    DatabaseMode databaseMode;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    DemoCourses demoCourses;

    @Inject
    PlatformStatus status;

    @Inject
    org.practica.assessments.infrastructure.OverdueAttempts overdueAttempts;

    @Inject
    org.practica.mentoring.infrastructure.NoteKeys noteKeys;

    @Inject
    org.practica.demo.DemoMentoring demoMentoring;

    @Inject
    org.practica.demo.DemoCertificates demoCertificates;

    @Inject
    org.practica.demo.DemoNotice demoNotice;

    @Inject
    org.practica.demo.DemoProgramme demoProgramme;

    @Inject
    org.practica.certificates.application.BulkIssuances bulkIssuances;

    @Inject
    org.practica.certificates.infrastructure.CertificateExpiry certificateExpiry;

    @Inject
    org.practica.identity.infrastructure.DataExportExpiry dataExportExpiry;

    @Inject
    org.practica.identity.infrastructure.RetentionJob retentionJob;

    @Inject
    org.practica.identity.infrastructure.MailPost mailPost;

    @Inject
    org.practica.identity.infrastructure.ReminderRounds reminderRounds;

    @Inject
    DatabaseWatch databaseWatch;

    @Inject
    SupervisionSessions supervision;

    @Inject
    org.practica.identity.application.SecondFactors secondFactors;

    private EmbeddedDatabase embedded;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        embedded = embeddedLaunch.awaitStarted().orElse(null);
        if (embedded == null) {
            LOG.info("Using the external database given by PRACTICA_DB_URL; no embedded MariaDB is started");
        }
        SchemaMigration.migrate(dataSource);
        noteKeys.install(databaseMode.isEmbedded());
        int secrets = secondFactors.sealWithNewestKey();
        if (secrets > 0) {
            LOG.info(() -> "Sealed " + secrets + " second-factor secrets again with the newest notes key");
        }
        int resealed = supervision.resealOlderTexts();
        if (resealed > 0) {
            LOG.info(() -> "Sealed the texts of " + resealed + " supervision sessions again with their owners' data keys");
        }
        provisioning.provision(databaseMode.withDemoContent());
        if (databaseMode.withDemoContent()) {
            demoCourses.provision();
            demoMentoring.provision();
            demoCertificates.provision();
            demoNotice.provision();
            demoProgramme.provision();
        }
        overdueAttempts.start();
        resumeBulkIssuance();
        certificateExpiry.start();
        dataExportExpiry.start();
        retentionJob.start();
        mailPost.start();
        reminderRounds.start();
        if (!mailPost.configured()) {
            LOG.info("No PRACTICA_SMTP_HOST: notices stay in the application; administrators see the e-mails that would have gone");
        }
        databaseWatch.start();
        status.markReady();
    }

    /** Bulk runs a stop interrupted carry on; a failure here must not keep the server from serving. */
    private void resumeBulkIssuance() {
        try {
            bulkIssuances.resumeUnfinished();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Unfinished bulk issuance could not be started again; it will be at the next start", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        status.markStopping();
        databaseWatch.stop();
        overdueAttempts.stop();
        certificateExpiry.stop();
        dataExportExpiry.stop();
        retentionJob.stop();
        mailPost.stop();
        reminderRounds.stop();
        if (embedded != null) {
            embedded.stop();
        }
    }
}
