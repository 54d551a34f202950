package org.practica.monitoring.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A number of people split by one characteristic (region, sex, profession...), safe to publish:
 * every count from one to four is hidden, and so is whatever would let a reader work a hidden
 * count out by subtracting the others from the total. Zero is shown: it is nobody.
 *
 * <p>The second rule is the one tables usually forget. With one count hidden and the total and
 * the rest shown, the hidden count is the total minus the rest; so the next smallest count is
 * hidden with it, and where there is no other count to hide, the total is.
 */
public record Breakdown(Map<String, Cell> cells, Cell total) {

    /** Fewer people than this in a cell are never shown as a number. */
    public static final int THRESHOLD = 5;

    public Breakdown {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The counts per category, in the order given, with their total made safe to show. */
    public static Breakdown of(Map<String, Long> counts) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        long sum = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            long n = e.getValue();
            if (n < 0) {
                throw new IllegalArgumentException("a count of people is never negative: " + e);
            }
            sum += n;
            cells.put(e.getKey(), small(n) ? new Cell(n, true) : Cell.shown(n));
        }
        Cell total = small(sum) ? new Cell(sum, true) : Cell.shown(sum);
        while (!total.suppressed() && hiddenCount(cells) == 1) {
            Optional<String> next = cells.entrySet().stream().filter(e -> !e.getValue().suppressed() && e.getValue().count() > 0)
                    .min(Map.Entry.comparingByValue((a, b) -> Long.compare(a.count(), b.count()))).map(Map.Entry::getKey);
            if (next.isPresent()) {
                cells.put(next.get(), cells.get(next.get()).hidden());
            } else {
                total = total.hidden();
            }
        }
        return new Breakdown(cells, total);
    }

    /** One to four people: too few to show. */
    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    private static long hiddenCount(Map<String, Cell> cells) {
        return cells.values().stream().filter(Cell::suppressed).count();
    }
}
