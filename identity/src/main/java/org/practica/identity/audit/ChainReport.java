package org.practica.identity.audit;

/**
 * What verifying the audit trail found: whether every chained line is as written, how many lines
 * were checked, how many predate the chain, the head (to be copied elsewhere, so that a rewrite
 * of the whole chain shows later), and the first break, if any.
 */
public record ChainReport(boolean intact, long checked, long beforeChain, long lastSeq, String lastHash, Break firstBreak) {

    /** Where the chain first breaks and how. */
    public record Break(long seq, Fault fault) {
    }

    public enum Fault {
        /** A line's fields no longer match its hash: it was edited. */
        ALTERED,
        /** A line does not follow the one before it: lines were swapped or a hash was rewritten. */
        RELINKED,
        /** A place in the chain is empty: a line was removed (also from the end). */
        MISSING,
        /** A place is taken twice, or the head lags behind the lines. */
        DUPLICATED
    }
}
