package org.practica.monitoring.application;

import org.practica.monitoring.domain.Indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A target beside what was reached in its period. {@code reached} and {@code percentOfTarget} are
 * empty when the figure is hidden (fewer than five people), since a share of a known target would
 * give the hidden figure back. {@code organisationName} is null for the whole programme.
 */
public record TargetProgress(long id, Indicator indicator, Long organisationId, String organisationName, LocalDate from, LocalDate to,
                             BigDecimal target, Optional<BigDecimal> reached, Optional<BigDecimal> percentOfTarget) {
}
