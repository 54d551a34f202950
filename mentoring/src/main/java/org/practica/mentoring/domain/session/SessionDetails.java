package org.practica.mentoring.domain.session;

import org.practica.kernel.Refusals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What happened in a session, as either party writes it: when, how long, how, about what and which cases. */
public record SessionDetails(Instant startsAt, SessionLength length, Modality modality, Set<String> competencies,
                             List<CaseReference> caseReferences) {

    public static final int MAX_CASES = 20;

    public SessionDetails {
        Refusals refusals = new Refusals();
        refusals.refuseIf(startsAt == null, "startsAt", "validation.required");
        refusals.refuseIf(length == null, "minutes", "validation.required");
        refusals.refuseIf(modality == null, "modality", "validation.required");
        competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
        refusals.refuseIf(competencies.isEmpty(), "competencies", "session.competencies.required");
        caseReferences = caseReferences == null ? List.of() : List.copyOf(caseReferences);
        refusals.refuseIf(caseReferences.size() > MAX_CASES, "caseReferences", "session.caseReferences.tooMany", MAX_CASES);
        refusals.throwIfAny();
    }

    public Instant endsAt() {
        return startsAt.plus(length.duration());
    }

    /** True when the two periods share any moment (touching ends do not overlap). */
    public boolean overlaps(SessionDetails other) {
        return startsAt.isBefore(other.endsAt()) && other.startsAt.isBefore(endsAt());
    }
}
