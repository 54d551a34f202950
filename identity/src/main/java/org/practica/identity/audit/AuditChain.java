package org.practica.identity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The rules that make the audit trail tamper-evident. Each line's hash covers its own fields and
 * the previous line's hash, so editing a line changes its hash, and removing one breaks the link
 * of the next; the chain's head remembers the last place, so cutting lines from the end shows
 * too. Someone able to rewrite the whole chain and its head could hide an edit; the head's hash,
 * copied elsewhere now and then (it is in every verification report), closes that door.
 */
public final class AuditChain {

    /** The hash before the first line. */
    public static final String ORIGIN = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * The hash of a line placed after {@code previousHash}. Each field is written with its length
     * first, so that no two different lines read the same (actor "ab" + action "c" is not actor
     * "a" + action "bc").
     */
    public static String hash(long seq, java.time.Instant at, String actor, String action, String subject, String detail,
                              Long actorOrganisation, Long subjectOrganisation, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(seq));
        field(canonical, Long.toString(at.toEpochMilli()));
        field(canonical, actor);
        field(canonical, action);
        field(canonical, subject);
        field(canonical, detail);
        field(canonical, actorOrganisation == null ? null : actorOrganisation.toString());
        field(canonical, subjectOrganisation == null ? null : subjectOrganisation.toString());
        field(canonical, previousHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-|");
        } else {
            canonical.append(value.length()).append(':').append(value).append('|');
        }
    }

    /** The hash a stored line should carry, from its own fields. */
    public static String expected(AuditLine line) {
        return hash(line.seq(), line.occurredAt(), line.actor(), line.action(), line.subject(), line.detail(),
                line.actorOrganisation(), line.subjectOrganisation(), line.previousHash());
    }

    /**
     * Walks the trail in order of place, line by line, so that a trail of millions is checked in
     * constant memory. Lines from before the chain are counted, not checked.
     */
    public static final class Walk {

        private long expectedSeq = 1;
        private String previous = ORIGIN;
        private long checked;
        private long unchained;
        private ChainReport.Break firstBreak;

        /** Lines written before the trail was chained: counted, as nothing can check them. */
        public void beforeChain(long lines) {
            unchained += lines;
        }

        public void accept(AuditLine line) {
            if (!line.chained()) {
                unchained++;
                return;
            }
            checked++;
            if (firstBreak != null) {
                return;
            }
            if (line.seq() != expectedSeq) {
                firstBreak = new ChainReport.Break(expectedSeq, line.seq() > expectedSeq ? ChainReport.Fault.MISSING : ChainReport.Fault.DUPLICATED);
            } else if (!previous.equals(line.previousHash())) {
                firstBreak = new ChainReport.Break(line.seq(), ChainReport.Fault.RELINKED);
            } else if (!expected(line).equals(line.hash())) {
                firstBreak = new ChainReport.Break(line.seq(), ChainReport.Fault.ALTERED);
            }
            expectedSeq = line.seq() + 1;
            previous = line.hash();
        }

        /** The report once every line has been seen, held against the head the trail keeps. */
        public ChainReport finish(long headSeq, String headHash) {
            ChainReport.Break found = firstBreak;
            if (found == null && headSeq != expectedSeq - 1) {
                found = new ChainReport.Break(Math.min(headSeq, expectedSeq), headSeq > expectedSeq - 1
                        ? ChainReport.Fault.MISSING : ChainReport.Fault.DUPLICATED);
            }
            if (found == null && !headHash.equals(previous)) {
                found = new ChainReport.Break(headSeq, ChainReport.Fault.RELINKED);
            }
            return new ChainReport(found == null, checked, unchained, headSeq, headHash, found);
        }
    }
}
