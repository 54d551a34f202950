package org.practica.certificates.application;

import java.math.BigDecimal;
import java.time.Instant;

/** One requirement against what a person has done: met or not, the evidence, progress from 0 to 100. */
public record CheckView(RequirementView requirement, boolean met, BigDecimal have, BigDecimal need, Instant at, int percent) {
}
