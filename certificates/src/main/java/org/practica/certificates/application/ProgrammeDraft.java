package org.practica.certificates.application;

import org.practica.certificates.domain.programme.Signatory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A certification programme as a registrar writes it. */
public record ProgrammeDraft(Map<String, String> title, Map<String, String> wording, List<RequirementView> requirements,
                             Integer validityMonths, BigDecimal renewalCpdHours, Integer renewalOpensDaysBefore,
                             Integer renewalGraceDays, String issuingMode, List<Signatory> signatories) {
}
