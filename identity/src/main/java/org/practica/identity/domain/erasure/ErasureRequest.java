package org.practica.identity.domain.erasure;

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
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Text;

import java.time.Instant;

/**
 * A person's request to be erased from Practica.
 *
 * <p>Life cycle: the person asks (REQUESTED) and may withdraw while it waits (WITHDRAWN). An
 * administrator of their organisation, never the person themselves, decides: a refusal needs a
 * reason the person reads, such as a legal duty to keep supervision records (REFUSED); an
 * approval erases the account in the same transaction (ERASED). Decided requests never change;
 * the person may ask again after a refusal. Deciders are kept as account references, so erasing
 * a decider later leaves no name here.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    public static final int REASON_MAX = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ErasureStatus status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason", length = REASON_MAX)
    private String refusalReason;

    @Version
    private int version;

    protected ErasureRequest() {
    }

    public ErasureRequest(long accountId, long organisationId, Instant now) {
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.status = ErasureStatus.REQUESTED;
        this.requestedAt = now;
    }

    public void withdraw(Instant now) {
        requireOpen();
        status = ErasureStatus.WITHDRAWN;
        decidedAt = now;
    }

    /** Refused with the reason the person will read. */
    public void refuse(long deciderAccountId, String reason, Instant now) {
        requireOtherDecider(deciderAccountId);
        String why = Text.required("reason", reason, REASON_MAX);
        requireOpen();
        decide(deciderAccountId, ErasureStatus.REFUSED, now);
        refusalReason = why;
    }

    /** Approved: the caller erases the account in the same transaction. */
    public void approve(long deciderAccountId, Instant now) {
        requireOtherDecider(deciderAccountId);
        requireOpen();
        decide(deciderAccountId, ErasureStatus.ERASED, now);
    }

    private void decide(long decider, ErasureStatus outcome, Instant now) {
        status = outcome;
        decidedBy = "account:" + decider;
        decidedAt = now;
    }

    private void requireOtherDecider(long decider) {
        if (decider == accountId) {
            throw new NotPermitted("erasure.notOwnDecision");
        }
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new Conflict("status", "erasure.alreadyDecided");
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public long organisationId() {
        return organisationId;
    }

    public ErasureStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String refusalReason() {
        return refusalReason;
    }
}
