package org.practica.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A share of a group (completion rate, pass rate): how many of how many. It is shown only when it
 * tells nothing about fewer than five people: the group has five or more, and neither those counted
 * nor those left out number one to four ("29 of 30 passed" says who failed to anyone who knows the
 * one). The two counts never leave this class; readers see the percentage or that it is hidden.
 */
public final class Share {

    private final long of;
    private final long among;

    public Share(long of, long among) {
        if (of < 0 || among < 0 || of > among) {
            throw new IllegalArgumentException("a share counts some of a group: " + of + " of " + among);
        }
        this.of = of;
        this.among = among;
    }

    /** Several groups' shares as one, as if counted together. */
    public static Share sum(java.util.List<Share> shares) {
        return new Share(shares.stream().mapToLong(Share::of).sum(), shares.stream().mapToLong(Share::among).sum());
    }

    public boolean isSuppressed() {
        return among < Breakdown.THRESHOLD || Breakdown.small(of) || Breakdown.small(among - of);
    }

    /** The share in percent with one decimal, or empty when it is suppressed or the group is empty. */
    public Optional<BigDecimal> percent() {
        if (isSuppressed() || among == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(of * 100).divide(BigDecimal.valueOf(among), 1, RoundingMode.HALF_UP));
    }

    /** The percentage, or null when hidden (as JSON carries it). */
    public BigDecimal getPercent() {
        return percent().orElse(null);
    }

    long of() {
        return of;
    }

    long among() {
        return among;
    }
}
