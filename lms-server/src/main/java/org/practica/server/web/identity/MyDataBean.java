package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.DataExports;
import org.practica.server.web.support.FacesFeedback;

import java.time.Clock;
import java.util.Optional;

/**
 * A person's copy of their data (my-data.xhtml): asking for one, its progress while it is built
 * (the page reloads itself every few seconds meanwhile), and the download while it is kept.
 */
@Named("myData")
@RequestScoped
public class MyDataBean {

    @Inject
    DataExports exports;

    @Inject
    Clock clock;

    private Optional<DataExports.ExportView> latest;

    public DataExports.ExportView getLatest() {
        if (latest == null) {
            latest = exports.latest(FacesFeedback.signedIn());
        }
        return latest.orElse(null);
    }

    public boolean isUnderway() {
        DataExports.ExportView e = getLatest();
        return e != null && (e.status().equals("QUEUED") || e.status().equals("RUNNING"));
    }

    public boolean isReady() {
        DataExports.ExportView e = getLatest();
        return e != null && e.status().equals("READY") && clock.instant().isBefore(e.expiresAt());
    }

    public String request() {
        exports.request(FacesFeedback.signedIn());
        FacesFeedback.infoAfterRedirect("export.requested");
        return "/my-data.xhtml?faces-redirect=true";
    }
}
