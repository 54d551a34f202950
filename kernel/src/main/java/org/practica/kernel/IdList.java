package org.practica.kernel;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Row ids written into a statement as numbers ({@code id IN (1,2,3)}). They are longs, so they
 * cannot carry SQL; bound instead as a thousand parameters each, they made EclipseLink spend
 * most of a retention chunk translating the statement (its parameter handling grows with the
 * square of their number).
 */
public final class IdList {

    private IdList() {
    }

    public static String of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an empty id list matches nothing; ask before building the statement");
        }
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }
}
