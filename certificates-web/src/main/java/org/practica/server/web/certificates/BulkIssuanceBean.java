package org.practica.server.web.certificates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.certificates.application.BulkIssuances;
import org.practica.certificates.application.BulkView;
import org.practica.certificates.application.ProgrammeView;
import org.practica.certificates.application.Programmes;
import org.practica.certificates.domain.bulk.BulkStatus;
import org.practica.certificates.domain.programme.ProgrammeStatus;
import org.practica.courses.application.CourseCompletionRecord;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;

import java.io.Serializable;
import java.util.List;

/**
 * A registrar certifies a whole cohort at once (registry/bulk.xhtml) and follows the runs: a
 * progress bar each, and the page reloads itself every few seconds while one is unfinished (no
 * script needed).
 */
@Named("bulkIssuance")
@ViewScoped
public class BulkIssuanceBean implements Serializable, ReloadedAfterRefusal {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BulkIssuances bulk;

    @Inject
    transient Programmes programmes;

    @Inject
    transient Caller caller;

    private Long programme;
    private Long cohort;
    private transient List<BulkView> runs;
    private transient List<ProgrammeView> open;
    private transient List<CourseCompletionRecord.CohortOfCourse> cohorts;

    public void load() {
        try {
            runs = bulk.ofOwnBody(caller.get(), language());
            open = programmes.ofOwnBody(caller.get(), language()).stream().filter(p -> p.status() == ProgrammeStatus.ACTIVE).toList();
            cohorts = bulk.cohorts(caller.get(), language());
        } catch (NotPermitted e) {
            FacesFeedback.error(e.messageKey());
        }
    }

    public String start() {
        if (programme == null) {
            throw new InvalidInput("programme", "validation.required");
        }
        BulkView run = bulk.request(caller.get(), programme, cohort, language());
        bulk.launch(run.id());
        FacesFeedback.infoAfterRedirect("bulk.started", run.total(), run.cohortName());
        return "/registry/bulk.xhtml?faces-redirect=true";
    }

    /** Whether a run is still going, so the page should look again shortly. */
    public boolean isWorking() { return runs != null && runs.stream().anyMatch(r -> r.status() != BulkStatus.COMPLETED); }

    private String language() {
        return caller.locale().getLanguage();
    }

    public List<BulkView> getRuns() { return runs; }
    public List<ProgrammeView> getOpen() { return open; }
    public List<CourseCompletionRecord.CohortOfCourse> getCohorts() { return cohorts; }
    public Long getProgramme() { return programme; }
    public void setProgramme(Long programme) { this.programme = programme; }
    public Long getCohort() { return cohort; }
    public void setCohort(Long cohort) { this.cohort = cohort; }
}
