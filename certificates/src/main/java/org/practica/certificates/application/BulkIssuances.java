package org.practica.certificates.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.body.BodyRepository;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.bulk.BulkIssuance;
import org.practica.certificates.domain.bulk.BulkIssuanceRepository;
import org.practica.certificates.domain.bulk.BulkOutcome;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateId;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.eligibility.FirstIssue;
import org.practica.certificates.domain.eligibility.LearningRecord;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.ProgrammeRepository;
import org.practica.courses.application.CourseCompletionRecord;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Certifying a whole cohort at once. A registrar asks for a run (the cohort's people are listed
 * then); a Jakarta Batch job ("bulk-issuance") issues in chunks, each chunk one transaction with
 * its certificates, serials and the people it marks done, then prints the PDFs in two partitions.
 * Should the server stop half-way, the run stays unfinished and is started again at the next
 * start, carrying on with the people not yet marked: no one is certified twice, no serial is
 * skipped.
 */
@ApplicationScoped
@Transactional
public class BulkIssuances {

    static final String JOB = "bulk-issuance";
    private static final Logger LOG = Logger.getLogger(BulkIssuances.class.getName());

    @Inject
    BulkIssuanceRepository runs;

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeRepository programmeRepository;

    @Inject
    Bodies bodies;

    @Inject
    BodyRepository bodyRepository;

    @Inject
    CertificateRepository certificates;

    @Inject
    CourseCompletionRecord courses;

    @Inject
    LearningRecord records;

    @Inject
    Issuer issuer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Lists the cohort's people and queues the run; {@link #launch} starts it once this has committed. */
    public BulkView request(Actor registrar, long programmeId, Long cohortId, String language) {
        CertificationProgramme p = programmes.ownProgramme(registrar, programmeId);
        if (cohortId == null) {
            throw new InvalidInput("cohort", "validation.required");
        }
        CourseCompletionRecord.CohortOfCourse cohort = courses.cohort(cohortId, language)
                .orElseThrow(() -> new InvalidInput("cohort", "bulk.cohort.unknown"));
        List<String> people = courses.cohortMembers(cohortId);
        BulkIssuance run = new BulkIssuance(p, cohortId, cohort.courseTitle() + " · " + cohort.name(), people.size(), registrar.username(),
                clock.instant());
        runs.add(run, people);
        audit.record(registrar.username(), "bulk.requested", "bulk:" + run.id(), people.size() + " people, programme " + programmeId);
        return BulkView.of(run, p.titleIn(language), Map.of());
    }

    /** Starts (or starts again) the batch job of a run. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long launch(long run) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("run", Long.toString(run));
        return operator.start(JOB, parameters);
    }

    public BulkView progress(Actor registrar, long id, String language) {
        ProfessionalBody body = bodies.servedBy(registrar);
        BulkIssuance run = runs.find(id).filter(r -> r.bodyId().equals(body.id())).orElseThrow(() -> new NotFound("bulk.notFound"));
        return view(run, language);
    }

    public List<BulkView> ofOwnBody(Actor registrar, String language) {
        ProfessionalBody body = bodies.servedBy(registrar);
        return runs.ofBody(body.id()).stream().map(r -> view(r, language)).toList();
    }

    /** The cohorts a registrar may choose from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseCompletionRecord.CohortOfCourse> cohorts(Actor registrar, String language) {
        bodies.servedBy(registrar);
        return courses.cohorts(language);
    }

    /** Starts every run a stop of the server interrupted; called once the application is up. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void resumeUnfinished() {
        for (BulkIssuance run : runs.unfinished()) {
            LOG.info("Starting bulk issuance " + run.id() + " again: " + run.processed() + " of " + run.total() + " processed");
            launch(run.id());
        }
    }

    // --- what the job's steps do, each call inside the step's chunk transaction ---

    public List<BulkIssuanceRepository.Pending> pending(long run, int afterPosition, int limit) {
        return runs.pendingPeople(run, afterPosition, limit);
    }

    public void started(long run) {
        runs.markStarted(run, clock.instant());
    }

    /** Issues to each eligible person without a valid certificate under the programme; marks everyone done. */
    public void issue(long runId, List<String> people) {
        BulkIssuance run = runs.find(runId).orElseThrow();
        CertificationProgramme p = programmeRepository.find(run.programmeId()).orElseThrow();
        ProfessionalBody body = bodyRepository.find(run.bodyId()).orElseThrow();
        Instant now = clock.instant();
        LocalDate today = Issuer.today(now);
        Map<BulkOutcome, List<String>> outcomes = new EnumMap<>(BulkOutcome.class);
        for (String person : people) {
            BulkOutcome outcome;
            if (!p.isActive()) {
                outcome = BulkOutcome.CLOSED;
            } else {
                FirstIssue check = FirstIssue.check(p, person, certificates, records, today);
                outcome = check.alreadyHeld() ? BulkOutcome.HELD : check.allowed() ? BulkOutcome.ISSUED : BulkOutcome.UNMET;
            }
            if (outcome == BulkOutcome.ISSUED) {
                issuer.firstInBulk(runId, body, p, person, run.requestedBy(), now);
            }
            outcomes.computeIfAbsent(outcome, o -> new ArrayList<>()).add(person);
        }
        runs.recordOutcomes(runId, outcomes);
    }

    /** Whether every person of the run has been processed (and their certificates committed). */
    public boolean issuingDone(long runId) {
        BulkIssuance run = runs.find(runId).orElseThrow();
        return run.processed() >= run.total();
    }

    public List<Long> unprinted(long run, int partition, int partitions, long afterId, int limit) {
        return runs.unprinted(run, partition, partitions, afterId, limit);
    }

    public void print(long runId, List<Long> ids) {
        BulkIssuance run = runs.find(runId).orElseThrow();
        ProfessionalBody body = bodyRepository.find(run.bodyId()).orElseThrow();
        for (Certificate c : certificates.all(ids.stream().map(CertificateId::new).toList())) {
            issuer.print(c, body);
        }
        runs.countPrinted(runId, ids.size());
    }

    public void completed(long runId) {
        runs.markCompleted(runId, clock.instant());
        BulkIssuance run = runs.find(runId).orElseThrow();
        audit.record(run.requestedBy(), "bulk.completed", "bulk:" + runId, run.issued() + " issued of " + run.total());
    }

    private BulkView view(BulkIssuance run, String language) {
        // why people were not issued is counted only when some were not, and it is asked once per run shown
        Map<BulkOutcome, Long> outcomes = run.processed() > run.issued() ? runs.outcomeCounts(run.id()) : Map.of();
        return BulkView.of(run, programmeRepository.find(run.programmeId()).map(p -> p.titleIn(language)).orElse(""), outcomes);
    }
}
