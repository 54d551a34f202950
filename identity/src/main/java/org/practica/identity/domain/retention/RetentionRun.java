package org.practica.identity.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.kernel.Conflict;

import java.time.Duration;
import java.time.Instant;

/**
 * One pass of an organisation's retention rules. Life cycle: REVIEWED when the dry run lists
 * what the rules would remove as of a moment; APPLYING once an administrator approves that list
 * (a review older than a day, or superseded by a newer one, is not applied: things have moved);
 * APPLIED when every listed item is done. The list is what is applied, nothing found later.
 */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    /** How long a review may wait for approval. */
    public static final Duration FRESH = Duration.ofDays(1);

    public enum Status { REVIEWED, APPLYING, APPLIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "as_of", nullable = false, updatable = false)
    private Instant asOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(name = "chunk_count", nullable = false)
    private int chunkCount;

    /** The last chunk applied. */
    @Column(name = "applied_through", nullable = false)
    private int appliedThrough;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Version
    private int version;

    protected RetentionRun() {
    }

    /** A review listing {@code itemCount} records in {@code chunkCount} chunks. */
    public RetentionRun(long organisationId, Instant asOf, int itemCount, int chunkCount) {
        this.organisationId = organisationId;
        this.asOf = asOf;
        this.reviewedAt = asOf;
        this.itemCount = itemCount;
        this.chunkCount = chunkCount;
        this.status = Status.REVIEWED;
    }

    /** Approves the review for application; {@code latest} says whether a newer review exists. */
    public void approve(Instant now, boolean latest) {
        if (status != Status.REVIEWED) {
            throw new Conflict("run", "retention.notReviewed");
        }
        if (!latest || now.isAfter(reviewedAt.plus(FRESH))) {
            throw new Conflict("run", "retention.stale");
        }
        status = chunkCount == 0 ? Status.APPLIED : Status.APPLYING;
        if (chunkCount == 0) {
            appliedAt = now;
        }
    }

    /** The chunks up to {@code ordinal} are done. */
    public void doneThrough(int ordinal, Instant now) {
        appliedThrough = Math.max(appliedThrough, Math.min(ordinal, chunkCount));
        if (appliedThrough >= chunkCount) {
            status = Status.APPLIED;
            appliedAt = now;
        }
    }

    public Long id() { return id; }
    public long organisationId() { return organisationId; }
    public Instant asOf() { return asOf; }
    public Status status() { return status; }
    public int itemCount() { return itemCount; }
    public int appliedThrough() { return appliedThrough; }
    public int chunkCount() { return chunkCount; }
    public Instant appliedAt() { return appliedAt; }
}
