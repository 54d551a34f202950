package org.practica.monitoring.application;

import org.practica.monitoring.domain.Cell;
import org.practica.monitoring.domain.Share;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One month of a dashboard: people who enrolled, completed and were certified, people holding a
 * valid certificate at the month's end (today, for the month under way), and the supervised hours
 * signed off, shown only when five or more people share them; the completion rate of the month's
 * enrolments and the pass rate of the month's graded attempts, hidden as any share is.
 */
public record MonthRow(YearMonth month, Cell trained, Cell completed, Cell certified, Cell holding, Optional<BigDecimal> hours,
                       Share completion, Share passRate) {
}
