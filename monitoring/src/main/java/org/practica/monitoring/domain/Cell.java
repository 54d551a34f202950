package org.practica.monitoring.domain;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A count of people as a published table shows it: the number, or only that it is under five. A
 * hidden count never leaves this class: readers (pages, exports, JSON) see {@link #visible()},
 * {@link #getValue()} and {@link #isSuppressed()} only.
 */
public final class Cell {

    private final long count;
    private final boolean suppressed;

    Cell(long count, boolean suppressed) {
        this.count = count;
        this.suppressed = suppressed;
    }

    static Cell shown(long count) {
        return new Cell(count, false);
    }

    /** A count that stands alone (no total beside it to subtract from): hidden when one to four. */
    public static Cell of(long people) {
        return new Cell(people, Breakdown.small(people));
    }

    /** The number a reader may see; empty when it is suppressed. */
    public OptionalLong visible() {
        return suppressed ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /** The number, or null when it is suppressed (as JSON carries it). */
    public Long getValue() {
        return suppressed ? null : count;
    }

    public boolean isSuppressed() {
        return suppressed;
    }

    long count() {
        return count;
    }

    boolean suppressed() {
        return suppressed;
    }

    Cell hidden() {
        return new Cell(count, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && c.count == count && c.suppressed == suppressed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, suppressed);
    }

    @Override
    public String toString() {
        return suppressed ? "<5" : String.valueOf(count);
    }
}
