package org.practica.certificates.domain.programme;

import java.util.List;
import java.util.Map;

/** Everything a registrar sets on a programme, checked by the programme itself. */
public record ProgrammeTerms(Map<String, String> title, Map<String, String> wording, List<Requirement> requirements,
                             Integer validityMonths, RenewalRule renewal, IssuingMode issuingMode, List<Signatory> signatories) {
}
