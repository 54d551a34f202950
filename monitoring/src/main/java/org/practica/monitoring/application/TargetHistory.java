package org.practica.monitoring.application;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A target and, for each month of its period so far, what was reached from the period's start to
 * that month's end (empty when hidden, fewer than five people), so a manager sees whether the
 * programme is on its way, not only where it stands.
 */
public record TargetHistory(TargetProgress target, List<Point> months) {

    public record Point(YearMonth month, Optional<BigDecimal> reached) {
    }
}
