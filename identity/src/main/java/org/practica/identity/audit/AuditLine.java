package org.practica.identity.audit;

import java.time.Instant;

/**
 * One line of the trail as the chain sees it: every stored field, in the form it is read back.
 * People appear as account references ({@code account:42}), never by name.
 */
public record AuditLine(Long seq, Instant occurredAt, String actor, String action, String subject, String detail,
                        Long actorOrganisation, Long subjectOrganisation, String previousHash, String hash) {

    /** Lines written before the trail was chained have no place in it. */
    public boolean chained() {
        return seq != null;
    }
}
