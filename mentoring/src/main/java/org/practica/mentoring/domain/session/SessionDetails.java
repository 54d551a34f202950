package org.practica.mentoring.domain.session;

import org.practica.kernel.InvalidInput;
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
        refusals.check(() -> required("startsAt", startsAt));
        refusals.check(() -> required("minutes", length));
        refusals.check(() -> required("modality", modality));
        competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
        if (competencies.isEmpty()) {
            refusals.check(() -> {
                throw new InvalidInput("competencies", "session.competencies.required");
            });
        }
        caseReferences = caseReferences == null ? List.of() : List.copyOf(caseReferences);
        if (caseReferences.size() > MAX_CASES) {
            refusals.check(() -> {
                throw new InvalidInput("caseReferences", "session.caseReferences.tooMany", MAX_CASES);
            });
        }
        refusals.throwIfAny();
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInput(field, "validation.required");
        }
    }

    public Instant endsAt() {
        return startsAt.plus(length.duration());
    }

    /** True when the two periods share any moment (touching ends do not overlap). */
    public boolean overlaps(SessionDetails other) {
        return startsAt.isBefore(other.endsAt()) && other.startsAt.isBefore(endsAt());
    }
}
