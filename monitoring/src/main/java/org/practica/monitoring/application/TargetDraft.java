package org.practica.monitoring.application;

import java.math.BigDecimal;

/** A target as a manager sets it: the indicator's name, an organisation (none for the whole programme), the period's days, the number. */
public record TargetDraft(String indicator, Long organisationId, String from, String to, BigDecimal target) {
}
