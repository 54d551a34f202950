package org.practica.identity.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line of the audit trail: who did what to which subject, and when. Written once, in its
 * place in the chain, and never changed (the database refuses updates and deletes). People are
 * named by account reference; details must never carry passwords or sensitive notes.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long seq;

    // the column stores milliseconds: the hash is taken over what is read back
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(nullable = false, length = 64, updatable = false)
    private String action;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(name = "actor_organisation", updatable = false)
    private Long actorOrganisation;

    @Column(name = "subject_organisation", updatable = false)
    private Long subjectOrganisation;

    @Column(name = "prev_hash", length = 64, updatable = false)
    private String previousHash;

    @Column(length = 64, updatable = false)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Party actor, String action, Party subject, String detail, long seq, String previousHash) {
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.actor = actor.reference();
        this.actorOrganisation = actor.organisation();
        this.action = action;
        this.subject = subject.reference();
        this.subjectOrganisation = subject.organisation();
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        this.seq = seq;
        this.previousHash = previousHash;
        this.hash = AuditChain.hash(seq, this.occurredAt, this.actor, action, this.subject, this.detail,
                actorOrganisation, subjectOrganisation, previousHash);
    }

    /** Who acted or what was acted on: a reference such as account:42, and the organisation it belonged to then. */
    record Party(String reference, Long organisation) {
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    /** The line's place in the chain; none for lines written before the chain began. */
    public Long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }
}
