package org.practica.identity.domain.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * A person's request for a copy of everything Practica holds about them. Life cycle: QUEUED when
 * asked for; RUNNING while the parts are gathered one by one (the progress shown); READY with its
 * archive for seven days, then EXPIRED and the archive deleted; FAILED if it could not be built,
 * when the person simply asks again.
 */
@Entity
@Table(name = "data_export")
public class DataExport {

    /** How long a finished archive may be downloaded. */
    public static final Duration KEPT = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ExportStatus status;

    @Column(name = "parts_done", nullable = false)
    private int partsDone;

    @Column(name = "parts_total", nullable = false)
    private int partsTotal;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "file_size")
    private Long fileSize;

    @Version
    private int version;

    protected DataExport() {
    }

    public DataExport(long userId, int partsTotal, Instant now) {
        this.userId = userId;
        this.partsTotal = partsTotal;
        this.requestedAt = now;
        this.status = ExportStatus.QUEUED;
    }

    /** Starts building; false when it is no longer queued (another worker took it). */
    public boolean start() {
        if (status != ExportStatus.QUEUED) {
            return false;
        }
        status = ExportStatus.RUNNING;
        partsDone = 0;
        return true;
    }

    public void partDone() {
        partsDone = Math.min(partsTotal, partsDone + 1);
    }

    public void finish(long size, Instant now) {
        status = ExportStatus.READY;
        partsDone = partsTotal;
        fileSize = size;
        finishedAt = now;
        expiresAt = now.plus(KEPT);
    }

    public void fail(Instant now) {
        status = ExportStatus.FAILED;
        finishedAt = now;
    }

    /** Past its seven days: the archive goes. */
    public boolean expire(Instant now) {
        if (status == ExportStatus.READY && !now.isBefore(expiresAt)) {
            status = ExportStatus.EXPIRED;
            return true;
        }
        return false;
    }

    public boolean downloadable(Instant now) {
        return status == ExportStatus.READY && now.isBefore(expiresAt);
    }

    /** Still being built: asking again gives this one rather than a second. */
    public boolean underway() {
        return status == ExportStatus.QUEUED || status == ExportStatus.RUNNING;
    }

    public int percent() {
        return partsTotal == 0 ? 0 : partsDone * 100 / partsTotal;
    }

    public Long id() { return id; }
    public long userId() { return userId; }
    public ExportStatus status() { return status; }
    public int partsDone() { return partsDone; }
    public int partsTotal() { return partsTotal; }
    public Instant requestedAt() { return requestedAt; }
    public Instant finishedAt() { return finishedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Long fileSize() { return fileSize; }
}
