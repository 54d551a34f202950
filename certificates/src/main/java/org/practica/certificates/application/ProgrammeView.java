package org.practica.certificates.application;

import org.practica.certificates.domain.programme.ProgrammeStatus;
import org.practica.certificates.domain.programme.Signatory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A programme with its requirements named; the same shape as {@link ProgrammeDraft} plus what the system adds. */
public record ProgrammeView(long id, long bodyId, String bodyName, Map<String, String> bodyNames, ProgrammeStatus status, Map<String, String> title, Map<String, String> wording,
                            List<RequirementView> requirements, int validityMonths, BigDecimal renewalCpdHours,
                            int renewalOpensDaysBefore, int renewalGraceDays, String issuingMode, List<Signatory> signatories) {
}
