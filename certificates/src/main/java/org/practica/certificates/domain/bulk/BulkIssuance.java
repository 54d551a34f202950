package org.practica.certificates.domain.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.ProgrammeId;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;

import java.time.Instant;

/**
 * A registrar's request to certify a whole cohort under one programme at once: everyone in it who
 * meets the requirements and does not already hold a valid certificate.
 *
 * <p>Life cycle: QUEUED with the cohort's people listed; RUNNING while a batch job issues
 * (counting each person processed and each certificate issued) and then prints the PDFs;
 * COMPLETED when every certificate has its PDF. A run that a crash interrupted is RUNNING still
 * and is started again, carrying on from the people not yet processed. Counters change only in
 * the job's own transactions, through the repository.
 */
@Entity
@Table(name = "bulk_issuance")
public class BulkIssuance {

    public static final int MAX_PEOPLE = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private long cohortId;

    @Column(name = "cohort_name", nullable = false, updatable = false, length = 200)
    private String cohortName;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, insertable = true, updatable = false)
    private BulkStatus status;

    @Column(nullable = false, updatable = false)
    private int total;

    @Column(nullable = false, insertable = false, updatable = false)
    private int processed;

    @Column(nullable = false, insertable = false, updatable = false)
    private int issued;

    @Column(nullable = false, insertable = false, updatable = false)
    private int printed;

    @Column(name = "started_at", insertable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", insertable = false, updatable = false)
    private Instant finishedAt;

    protected BulkIssuance() {
    }

    public BulkIssuance(CertificationProgramme programme, long cohortId, String cohortName, int people, String by, Instant now) {
        if (!programme.isActive()) {
            throw new Conflict("programme", "programme.notActive");
        }
        if (people == 0) {
            throw new InvalidInput("cohort", "bulk.cohort.empty");
        }
        if (people > MAX_PEOPLE) {
            throw new InvalidInput("cohort", "bulk.cohort.tooLarge", MAX_PEOPLE);
        }
        this.bodyId = programme.bodyId().value();
        this.programmeId = programme.id().value();
        this.cohortId = cohortId;
        this.cohortName = cohortName;
        this.total = people;
        this.requestedBy = by;
        this.requestedAt = now;
        this.status = BulkStatus.QUEUED;
    }

    /**
     * How far the run is, 0 to 100: issuing counts for the people processed, printing for the
     * PDFs made of the certificates issued so far; complete is 100.
     */
    public int percent() {
        if (status == BulkStatus.COMPLETED) {
            return 100;
        }
        long work = (long) total + Math.max(issued, 1);
        return (int) Math.min(99, (processed + printed) * 100L / work);
    }

    public Long id() {
        return id;
    }

    public BodyId bodyId() {
        return new BodyId(bodyId);
    }

    public ProgrammeId programmeId() {
        return new ProgrammeId(programmeId);
    }

    public long cohortId() {
        return cohortId;
    }

    public String cohortName() {
        return cohortName;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public BulkStatus status() {
        return status;
    }

    public int total() {
        return total;
    }

    public int processed() {
        return processed;
    }

    public int issued() {
        return issued;
    }

    public int printed() {
        return printed;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
