package org.practica.mentoring.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A session as either of the pair writes it; case references are codes the system generated. */
public record SessionDraft(Instant startsAt, Integer minutes, String modality, Set<String> competencies, List<String> caseReferences) {
}
