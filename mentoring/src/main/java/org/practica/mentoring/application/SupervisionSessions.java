package org.practica.mentoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;
import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.relationship.RelationshipRepository;
import org.practica.mentoring.domain.session.CaseReference;
import org.practica.mentoring.domain.session.Modality;
import org.practica.mentoring.domain.session.SessionDetails;
import org.practica.mentoring.domain.session.SessionLength;
import org.practica.mentoring.domain.session.SessionRepository;
import org.practica.mentoring.domain.session.SupervisionSession;

import java.time.Clock;
import java.util.List;
import java.util.Locale;


/**
 * Supervision sessions of a relationship: logged by either of the pair, confirmed by the other,
 * signed off by the supervisor, corrected before and amended after sign-off. The pair sees
 * everything; others who may see the relationship see dates, hours and competencies but never the
 * reflection or the notes. Every change is audited without its text.
 */
@ApplicationScoped
@Transactional
public class SupervisionSessions {

    @Inject
    RelationshipRepository relationships;

    @Inject
    SessionRepository sessions;

    @Inject
    RelationshipAccess access;

    @Inject
    CompetencyFrameworks frameworks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Seals amendment reasons that earlier versions stored in plain text; run once at start-up,
     * after the notes key is installed. Returns how many sessions it sealed.
     */
    public int sealPlainAmendmentReasons() {
        int sealed = 0;
        for (SupervisionSession s : sessions.withPlainAmendmentReasons()) {
            if (s.sealPlainReasons()) {
                sealed++;
            }
        }
        return sealed;
    }

    /** Either of the pair logs a session that has taken place. */
    public SessionView log(Actor by, long relationshipId, SessionDraft draft) {
        access.visible(by, relationshipId);
        MentoringRelationship r = relationships.lock(relationshipId).orElseThrow();
        SessionDetails details = details(draft);
        frameworks.requireOffered(r.discipline(), details.competencies(), "competencies", false);
        SupervisionSession s = SupervisionSession.log(r.pairingFor(details.startsAt()), by.username(), details,
                sessions.ofRelationship(relationshipId), clock.instant());
        sessions.add(s);
        audit.record(by.username(), "session.logged", subject(s), details.length().minutes() + " min");
        return SessionView.of(s, true);
    }

    public SessionView confirm(Actor by, long sessionId) {
        SupervisionSession s = session(by, sessionId);
        s.confirm(by.username(), clock.instant());
        audit.record(by.username(), "session.confirmed", subject(s), "");
        return SessionView.of(s, true);
    }

    public SessionView signOff(Actor by, long sessionId) {
        SupervisionSession s = session(by, sessionId);
        s.signOff(by.username(), clock.instant());
        audit.record(by.username(), "session.signedOff", subject(s), s.details().length().minutes() + " min");
        return SessionView.of(s, true);
    }

    /** A correction before sign-off; the other of the pair confirms again. */
    public SessionView correct(Actor by, long sessionId, SessionDraft draft) {
        SupervisionSession s = session(by, sessionId);
        MentoringRelationship r = relationships.lock(s.pair().relationshipId()).orElseThrow();
        SessionDetails details = details(draft);
        frameworks.requireOffered(r.discipline(), details.competencies(), "competencies", true);
        r.pairingFor(details.startsAt());
        s.correct(by.username(), details, sessions.ofRelationship(r.id()), clock.instant());
        audit.record(by.username(), "session.corrected", subject(s), "");
        return SessionView.of(s, true);
    }

    /** The supervisor changes a signed-off session, giving a reason; the earlier version is kept. */
    public SessionView amend(Actor by, long sessionId, SessionDraft draft, String reason) {
        SupervisionSession s = session(by, sessionId);
        MentoringRelationship r = relationships.lock(s.pair().relationshipId()).orElseThrow();
        SessionDetails details = details(draft);
        frameworks.requireOffered(r.discipline(), details.competencies(), "competencies", true);
        r.pairingFor(details.startsAt());
        s.amend(by.username(), details, reason, sessions.ofRelationship(r.id()), clock.instant());
        audit.record(by.username(), "session.amended", subject(s), "");
        return SessionView.of(s, true);
    }

    /** The mentee's reflection; its text is never logged or audited. */
    public SessionView reflect(Actor by, long sessionId, String text) {
        SupervisionSession s = session(by, sessionId);
        s.reflect(by.username(), text);
        audit.record(by.username(), "session.reflectionWritten", subject(s), "");
        return SessionView.of(s, true);
    }

    /** The supervisor's notes; their text is never logged or audited. */
    public SessionView note(Actor by, long sessionId, String text) {
        SupervisionSession s = session(by, sessionId);
        s.note(by.username(), text);
        audit.record(by.username(), "session.notesWritten", subject(s), "");
        return SessionView.of(s, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView sessionView(Actor reader, long sessionId) {
        SupervisionSession s = session(reader, sessionId);
        return SessionView.of(s, s.pair().includes(reader.username()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> sessions(Actor reader, long relationshipId) {
        MentoringRelationship r = access.visible(reader, relationshipId);
        boolean pair = r.involves(reader.username());
        return sessions.ofRelationship(relationshipId).stream().map(s -> SessionView.of(s, pair)).toList();
    }

    /** A new pseudonymous case reference for the pair to use from now on. */
    public String newCaseReference(Actor by) {
        if (!by.has(Role.SUPERVISOR) && !by.has(Role.LEARNER)) {
            throw new NotPermitted("session.notYours");
        }
        return CaseReference.generate().code();
    }

    private SupervisionSession session(Actor reader, long sessionId) {
        SupervisionSession s = sessions.find(sessionId).orElseThrow(() -> new NotFound("session.notFound"));
        access.visible(reader, s.pair().relationshipId());
        return s;
    }

    private static SessionDetails details(SessionDraft d) {
        if (d == null) {
            throw new InvalidInput("body", "body.required");
        }
        if (d.minutes() == null) {
            throw new InvalidInput("minutes", "validation.required");
        }
        Modality modality;
        try {
            modality = d.modality() == null ? null : Modality.valueOf(d.modality().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("modality", "session.modality.unknown");
        }
        List<CaseReference> cases = d.caseReferences() == null ? List.of()
                : d.caseReferences().stream().filter(c -> c != null && !c.isBlank()).map(CaseReference::new).toList();
        java.util.Set<String> codes = d.competencies() == null ? java.util.Set.of() : d.competencies().stream()
                .filter(c -> c != null && !c.isBlank()).map(c -> c.strip().toUpperCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        return new SessionDetails(d.startsAt(), new SessionLength(d.minutes()), modality, codes, cases);
    }

    private static String subject(SupervisionSession s) {
        return "session:" + s.id();
    }
}
