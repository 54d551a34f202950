package org.practica.mentoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Notifier;
import jakarta.transaction.Transactional;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Refusals;
import org.practica.kernel.Role;
import org.practica.kernel.TrainingEvent;
import org.practica.kernel.TrainingFacts;
import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.relationship.RelationshipRepository;
import org.practica.mentoring.domain.session.CaseReference;
import org.practica.mentoring.domain.session.Modality;
import org.practica.mentoring.domain.session.Pairing;
import org.practica.mentoring.domain.session.SessionDetails;
import org.practica.mentoring.domain.session.SessionLength;
import org.practica.mentoring.domain.session.SessionRepository;
import org.practica.mentoring.domain.session.SupervisionSession;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;


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
    Notifier notifier;

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
    Instance<TrainingFacts> factsProvided;

    @Inject
    Clock clock;

    /**
     * Seals again, with their owners' data keys, texts that earlier versions stored in plain text
     * or sealed with the installation key alone; run once at start-up, after the keys are
     * installed. Returns how many sessions it sealed again.
     */
    public int resealOlderTexts() {
        List<SupervisionSession> older = sessions.withTextsToReseal();
        older.forEach(SupervisionSession::resealForOwners);
        return older.size();
    }

    /** Either of the pair logs a session that has taken place. */
    public SessionView log(Actor by, long relationshipId, SessionDraft draft) {
        access.visible(by, relationshipId);
        MentoringRelationship r = relationships.lock(relationshipId).orElseThrow();
        Refusals refusals = new Refusals();
        Checked checked = details(draft, r, false, refusals);
        SupervisionSession s = checked == null ? null : refusals.check(() -> SupervisionSession.log(checked.pairing(),
                by.username(), checked.details(), sessions.ofRelationship(relationshipId), clock.instant()));
        refusals.throwIfAny();
        sessions.add(s);
        audit.record(by.username(), "session.logged", subject(s), checked.details().length().minutes() + " min");
        String other = s.pair().supervisor().equals(by.username()) ? s.pair().mentee() : s.pair().supervisor();
        notifier.tell(other, NoticeKind.SESSION_TO_CONFIRM, "/mentoring/session.xhtml?id=" + s.id());
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
        if (factsProvided != null && factsProvided.isResolvable()) {
            factsProvided.get().record(TrainingEvent.HOURS_SIGNED_OFF, s.pair().mentee(), null, s.signedOffAt(),
                    BigDecimal.valueOf(s.details().length().minutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP));
        }
        audit.record(by.username(), "session.signedOff", subject(s), s.details().length().minutes() + " min");
        return SessionView.of(s, true);
    }

    /** A correction before sign-off; the other of the pair confirms again. */
    public SessionView correct(Actor by, long sessionId, SessionDraft draft) {
        SupervisionSession s = session(by, sessionId);
        MentoringRelationship r = relationships.lock(s.pair().relationshipId()).orElseThrow();
        Refusals refusals = new Refusals();
        Checked checked = details(draft, r, true, refusals);
        if (checked != null) {
            refusals.check(() -> s.correct(by.username(), checked.details(), sessions.ofRelationship(r.id()), clock.instant()));
        }
        refusals.throwIfAny();
        audit.record(by.username(), "session.corrected", subject(s), "");
        return SessionView.of(s, true);
    }

    /** The supervisor changes a signed-off session, giving a reason; the earlier version is kept. */
    public SessionView amend(Actor by, long sessionId, SessionDraft draft, String reason) {
        SupervisionSession s = session(by, sessionId);
        MentoringRelationship r = relationships.lock(s.pair().relationshipId()).orElseThrow();
        Refusals refusals = new Refusals();
        Checked checked = details(draft, r, true, refusals);
        if (checked != null) {
            refusals.check(() -> s.amend(by.username(), checked.details(), reason, sessions.ofRelationship(r.id()), clock.instant()));
        }
        refusals.throwIfAny();
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

    /**
     * The draft's details, each part checked on its own so that every problem is found at once:
     * length, way of meeting, case references, competencies offered in the relationship's
     * discipline (retired ones too when correcting an earlier session) and the day within the
     * relationship's period. Null when anything was refused; the refusals are kept.
     */
    private Checked details(SessionDraft d, MentoringRelationship r, boolean retiredToo, Refusals refusals) {
        if (d == null) {
            throw new InvalidInput("body", "body.required");
        }
        SessionLength length = refusals.check(() -> {
            if (d.minutes() == null) {
                throw new InvalidInput("minutes", "validation.required");
            }
            return new SessionLength(d.minutes());
        });
        Modality modality = refusals.check(() -> modality(d.modality()));
        List<CaseReference> cases = refusals.check(() -> d.caseReferences() == null ? List.<CaseReference>of()
                : d.caseReferences().stream().filter(c -> c != null && !c.isBlank()).map(CaseReference::new).toList());
        Set<String> codes = d.competencies() == null ? Set.of() : d.competencies().stream()
                .filter(c -> c != null && !c.isBlank()).map(c -> c.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!codes.isEmpty()) {
            refusals.check(() -> frameworks.requireOffered(r.discipline(), codes, "competencies", retiredToo));
        }
        SessionDetails details = refusals.check(() -> new SessionDetails(d.startsAt(), length, modality, codes,
                cases == null ? List.of() : cases));
        Pairing pairing = d.startsAt() == null ? null : refusals.check(() -> r.pairingFor(d.startsAt()));
        return pairing == null || refusals.any() ? null : new Checked(details, pairing);
    }

    /** Details that passed every check, with the pair they were held by. */
    private record Checked(SessionDetails details, Pairing pairing) {
    }

    private static Modality modality(String typed) {
        try {
            return typed == null ? null : Modality.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("modality", "session.modality.unknown");
        }
    }

    private static String subject(SupervisionSession s) {
        return "session:" + s.id();
    }
}
