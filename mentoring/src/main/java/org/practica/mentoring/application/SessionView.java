package org.practica.mentoring.application;

import org.practica.mentoring.domain.session.Amendment;
import org.practica.mentoring.domain.session.CaseReference;
import org.practica.mentoring.domain.session.SessionStatus;
import org.practica.mentoring.domain.session.SupervisionSession;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A session as one reader may see it. The reflection and the supervisor's notes are filled in only
 * for the pair themselves; everyone else (a registrar counting hours, an admin) gets null.
 */
public record SessionView(long id, long relationshipId, String supervisor, String mentee, Instant startsAt, int minutes,
                          String modality, Set<String> competencies, List<String> caseReferences, SessionStatus status,
                          String loggedBy, Instant loggedAt, String confirmedBy, Instant confirmedAt, String signedOffBy,
                          Instant signedOffAt, String reflection, String supervisorNotes, List<AmendmentView> amendments) {

    public record AmendmentView(Instant startsAtBefore, int minutesBefore, String modalityBefore, String reason, String by, Instant at) {
    }

    static SessionView of(SupervisionSession s, boolean withNotes) {
        var d = s.details();
        return new SessionView(s.id(), s.pair().relationshipId(), s.pair().supervisor(), s.pair().mentee(), d.startsAt(),
                d.length().minutes(), d.modality().name(), d.competencies(), d.caseReferences().stream().map(CaseReference::code).toList(),
                s.status(), s.loggedBy(), s.loggedAt(), s.confirmedBy(), s.confirmedAt(), s.signedOffBy(), s.signedOffAt(),
                withNotes ? s.reflection() : null, withNotes ? s.supervisorNotes() : null,
                s.amendments().stream().map(a -> amendment(a, withNotes)).toList());
    }

    /** The reason is free text a supervisor wrote; like the notes, only the pair reads it. */
    private static AmendmentView amendment(Amendment a, boolean withNotes) {
        return new AmendmentView(a.before().startsAt(), a.before().length().minutes(), a.before().modality().name(),
                withNotes ? a.reason() : null, a.by(), a.at());
    }
}
