package org.practica.identity.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00.123Z");

    /** A chain of n lines written as the trail writes them. */
    private static List<AuditLine> chain(int n) {
        List<AuditLine> lines = new ArrayList<>();
        String previous = AuditChain.ORIGIN;
        for (long seq = 1; seq <= n; seq++) {
            Instant at = T0.plusSeconds(seq);
            String actor = "account:" + (seq % 3 + 1);
            String hash = AuditChain.hash(seq, at, actor, "user.updated", "account:9", "roles=[LEARNER]", 2L, null, previous);
            lines.add(new AuditLine(seq, at, actor, "user.updated", "account:9", "roles=[LEARNER]", 2L, null, previous, hash));
            previous = hash;
        }
        return lines;
    }

    private static ChainReport walk(List<AuditLine> lines, long headSeq, String headHash) {
        AuditChain.Walk walk = new AuditChain.Walk();
        lines.forEach(walk::accept);
        return walk.finish(headSeq, headHash);
    }

    private static ChainReport walk(List<AuditLine> lines) {
        AuditLine last = lines.get(lines.size() - 1);
        return walk(lines, last.seq(), last.hash());
    }

    private static AuditLine withDetail(AuditLine l, String detail) {
        return new AuditLine(l.seq(), l.occurredAt(), l.actor(), l.action(), l.subject(), detail, l.actorOrganisation(),
                l.subjectOrganisation(), l.previousHash(), l.hash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainReport report = walk(chain(5));
        assertTrue(report.intact());
        assertEquals(5, report.checked());
        assertNull(report.firstBreak());
    }

    @Test
    void anEditedLineIsFound() {
        List<AuditLine> lines = chain(5);
        lines.set(2, withDetail(lines.get(2), "roles=[ADMIN]"));
        ChainReport report = walk(lines);
        assertFalse(report.intact());
        assertEquals(new ChainReport.Break(3, ChainReport.Fault.ALTERED), report.firstBreak());
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        List<AuditLine> lines = chain(5);
        AuditLine l = lines.get(1);
        String forged = AuditChain.hash(l.seq(), l.occurredAt(), l.actor(), l.action(), l.subject(), "nothing happened",
                l.actorOrganisation(), l.subjectOrganisation(), l.previousHash());
        lines.set(1, new AuditLine(l.seq(), l.occurredAt(), l.actor(), l.action(), l.subject(), "nothing happened",
                l.actorOrganisation(), l.subjectOrganisation(), l.previousHash(), forged));
        assertEquals(new ChainReport.Break(3, ChainReport.Fault.RELINKED), walk(lines).firstBreak());
    }

    @Test
    void aRemovedLineLeavesAGap() {
        List<AuditLine> lines = chain(5);
        lines.remove(3);
        assertEquals(new ChainReport.Break(4, ChainReport.Fault.MISSING), walk(lines).firstBreak());
    }

    @Test
    void linesCutFromTheEndAreFoundThroughTheHead() {
        List<AuditLine> lines = chain(5);
        AuditLine last = lines.get(4);
        ChainReport report = walk(lines.subList(0, 3), last.seq(), last.hash());
        assertFalse(report.intact());
        assertEquals(ChainReport.Fault.MISSING, report.firstBreak().fault());
    }

    @Test
    void linesFromBeforeTheChainAreCountedNotJudged() {
        AuditChain.Walk walk = new AuditChain.Walk();
        walk.beforeChain(7);
        List<AuditLine> lines = chain(2);
        lines.forEach(walk::accept);
        ChainReport report = walk.finish(2, lines.get(1).hash());
        assertTrue(report.intact());
        assertEquals(7, report.beforeChain());
    }

    @Test
    void fieldsAreKeptApartInTheHash() {
        String ab = AuditChain.hash(1, T0, "ab", "c", "s", null, null, null, AuditChain.ORIGIN);
        String a = AuditChain.hash(1, T0, "a", "bc", "s", null, null, null, AuditChain.ORIGIN);
        String empty = AuditChain.hash(1, T0, "ab", "c", "s", "", null, null, AuditChain.ORIGIN);
        assertNotEquals(ab, a);
        assertNotEquals(ab, empty, "no detail is not an empty detail");
    }

    @Test
    void anEmptyTrailIsIntactAtTheOrigin() {
        ChainReport report = new AuditChain.Walk().finish(0, AuditChain.ORIGIN);
        assertTrue(report.intact());
        assertEquals(0, report.checked());
    }
}
