package org.practica.identity.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the last place taken and its hash. Writers lock it, so lines are
 * placed one after another even when many transactions record at once.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    static final int ONLY = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    long nextSeq() {
        return lastSeq + 1;
    }

    String lastHash() {
        return lastHash;
    }

    long lastSeq() {
        return lastSeq;
    }

    void advance(AuditEvent event) {
        this.lastSeq = event.seq();
        this.lastHash = event.hash();
    }
}
