package org.practica.mentoring.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.PersonKeySealer;
import org.practica.kernel.Sealer;
import org.practica.kernel.Text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One supervised session of a mentee with their supervisor.
 *
 * <p>Life cycle: either of the pair logs it (LOGGED); the other confirms it (CONFIRMED); the
 * supervisor signs it off (SIGNED_OFF), which counts its hours and locks it. Before sign-off
 * either party may correct it, and the other must confirm again. After sign-off it changes only
 * by the supervisor's amendment, which keeps what it said before. The mentee writes the
 * reflection and the supervisor the notes; both are sensitive and stored encrypted.
 *
 * <p>Longer than most classes on purpose: the whole life cycle above, with who may do what at each
 * step, is one aggregate's rules, kept together so that none can be bypassed.
 */
@Entity
@Table(name = "supervision_session")
public class SupervisionSession {

    /** A clock a little ahead of the server's is not a session in the future. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(2);
    public static final int NOTE_MAX = 20_000;
    public static final int REASON_MAX = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Random, bound to the sealed notes: ciphertext moved to another row does not open. */
    @Column(name = "seal_id", nullable = false, length = 36, updatable = false)
    private String sealId;

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private long relationshipId;

    @Column(nullable = false, length = 64, updatable = false)
    private String supervisor;

    @Column(nullable = false, length = 64, updatable = false)
    private String mentee;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Modality modality;

    @Convert(converter = CompetenciesColumn.class)
    @Column(nullable = false)
    private Set<String> competencies;

    @Convert(converter = CaseReferencesColumn.class)
    @Column(name = "case_references", nullable = false)
    private List<CaseReference> caseReferences;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "logged_by", nullable = false, length = 64)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "signed_off_by", length = 64)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "reflection_sealed")
    private String reflectionSealed;

    @Column(name = "notes_sealed")
    private String notesSealed;

    @Transient
    private String reflection;

    @Transient
    private String supervisorNotes;

    @Convert(converter = AmendmentsColumn.class)
    @Column(name = "amendments", nullable = false)
    private List<StoredAmendment> storedAmendments = new ArrayList<>();

    @Transient
    private List<Amendment> amendments = new ArrayList<>();

    @Version
    private int version;

    protected SupervisionSession() {
    }

    private SupervisionSession(Pairing pair, SessionDetails details, String by, Instant now) {
        this.sealId = UUID.randomUUID().toString();
        this.relationshipId = pair.relationshipId();
        this.supervisor = pair.supervisor();
        this.mentee = pair.mentee();
        describe(details);
        this.status = SessionStatus.LOGGED;
        this.loggedBy = by;
        this.loggedAt = now;
    }

    private void describe(SessionDetails d) {
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        minutes = d.length().minutes();
        modality = d.modality();
        competencies = d.competencies();
        caseReferences = d.caseReferences();
    }

    /**
     * Sealed as soon as it is written: only the sealed form is ever a persistent field. The
     * reflection is the mentee's alone; the notes and amendment reasons are about the mentee's
     * practice and in the supervisor's words, so erasing either of them shreds those.
     */
    private String sealed(String plain, String field) {
        return plain == null ? null : Sealer.installed().sealFor(owners(field), scope(), plain, sealId + "/" + field);
    }

    /** The relationship's own keys: retention shreds its texts when it has been over long enough. */
    private String scope() {
        return scopeOf(relationshipId);
    }

    public static String scopeOf(long relationshipId) {
        return "relationship:" + relationshipId;
    }

    /** A text whose key was shredded (by retention or erasure) reads as no text. */
    private static String opened(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        try {
            return Sealer.installed().open(sealed, context);
        } catch (PersonKeySealer.ShreddedText shredded) {
            return null;
        }
    }

    private List<String> owners(String field) {
        return "reflection".equals(field) ? List.of(mentee) : List.of(mentee, supervisor);
    }

    @PostLoad
    void open() {
        reflection = opened(reflectionSealed, sealId + "/reflection");
        supervisorNotes = opened(notesSealed, sealId + "/notes");
        List<Amendment> opened = new ArrayList<>();
        for (int i = 0; i < storedAmendments.size(); i++) {
            StoredAmendment a = storedAmendments.get(i);
            String why = a.reasonSealed() == null ? a.reason() : opened(a.reasonSealed(), amendmentContext(i));
            opened.add(new Amendment(a.before(), why, a.by(), a.at()));
        }
        amendments = opened;
    }

    private String amendmentContext(int index) {
        return sealId + "/amendment/" + index;
    }

    /** Every reason sealed, each bound to its place in the history. */
    private void store(List<Amendment> history) {
        List<StoredAmendment> stored = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Amendment a = history.get(i);
            String why = a.reason() == null ? null : Sealer.installed().sealFor(owners("amendment"), scope(), a.reason(), amendmentContext(i));
            stored.add(new StoredAmendment(a.before(), why, null, a.by(), a.at()));
        }
        amendments = List.copyOf(history);
        storedAmendments = stored;
    }

    /**
     * The retention rules' end of the texts: the reflection, the supervisor's notes and the
     * reasons for amendments go, while the session itself (when, how long, which competencies,
     * signed off by whom) stays for the log book's hours. True when there was something to remove.
     */
    public boolean forgetTexts() {
        boolean any = reflectionSealed != null || notesSealed != null
                || storedAmendments.stream().anyMatch(a -> a.reasonSealed() != null || a.reason() != null);
        reflectionSealed = null;
        notesSealed = null;
        reflection = null;
        supervisorNotes = null;
        storedAmendments = storedAmendments.stream().map(a -> new StoredAmendment(a.before(), null, null, a.by(), a.at())).toList();
        amendments = amendments.stream().map(a -> new Amendment(a.before(), null, a.by(), a.at())).toList();
        return any;
    }

    /** Seals again, with the owners' data keys, texts sealed with the installation key before those existed. */
    public void resealForOwners() {
        reflectionSealed = sealed(reflection, "reflection");
        notesSealed = sealed(supervisorNotes, "notes");
        store(amendments);
    }

    /**
     * Logs a session that has taken place. Refused for someone outside the pair, for a session
     * that has not ended yet, and for one that overlaps another session of the same pair.
     */
    public static SupervisionSession log(Pairing pair, String by, SessionDetails details, Collection<SupervisionSession> pairsSessions,
                                         Instant now) {
        requireParty(pair, by);
        requirePast(details, now);
        requireNoOverlap(details, pairsSessions, null);
        return new SupervisionSession(pair, details, by, now);
    }

    /** The other party agrees the session took place as written. */
    public void confirm(String by, Instant now) {
        requireParty(pair(), by);
        if (status != SessionStatus.LOGGED) {
            throw new Conflict("status", status == SessionStatus.SIGNED_OFF ? "session.signedOff" : "session.alreadyConfirmed");
        }
        if (by.equals(loggedBy)) {
            throw new NotPermitted("session.confirmByOther");
        }
        status = SessionStatus.CONFIRMED;
        confirmedBy = by;
        confirmedAt = now;
    }

    /**
     * The supervisor counts the session's hours. A session the mentee logged is confirmed by the
     * signing; one the supervisor logged needs the mentee's confirmation first.
     */
    public void signOff(String by, Instant now) {
        if (!supervisor.equals(by)) {
            throw new NotPermitted("session.signOffBySupervisor");
        }
        if (status == SessionStatus.SIGNED_OFF) {
            throw new Conflict("status", "session.signedOff");
        }
        if (status == SessionStatus.LOGGED) {
            if (loggedBy.equals(by)) {
                throw new Conflict("status", "session.awaitsMentee");
            }
            confirmedBy = by;
            confirmedAt = now;
        }
        status = SessionStatus.SIGNED_OFF;
        signedOffBy = by;
        signedOffAt = now;
    }

    /** A correction before sign-off; the other party has to confirm the new version. */
    public void correct(String by, SessionDetails corrected, Collection<SupervisionSession> pairsSessions, Instant now) {
        requireParty(pair(), by);
        if (status == SessionStatus.SIGNED_OFF) {
            throw new Conflict("status", "session.signedOff");
        }
        requirePast(corrected, now);
        requireNoOverlap(corrected, pairsSessions, this);
        describe(corrected);
        status = SessionStatus.LOGGED;
        loggedBy = by;
        loggedAt = now;
        confirmedBy = null;
        confirmedAt = null;
    }

    /** The supervisor changes a signed-off session; what it said before is kept with the reason. */
    public void amend(String by, SessionDetails amended, String reason, Collection<SupervisionSession> pairsSessions, Instant now) {
        if (!supervisor.equals(by)) {
            throw new NotPermitted("session.amendBySupervisor");
        }
        if (status != SessionStatus.SIGNED_OFF) {
            throw new Conflict("status", "session.amendOnlySigned");
        }
        String why = Text.required("reason", reason, REASON_MAX);
        requirePast(amended, now);
        requireNoOverlap(amended, pairsSessions, this);
        List<Amendment> history = new ArrayList<>(amendments);
        history.add(new Amendment(details(), why, by, now));
        store(history);
        describe(amended);
    }

    /** The mentee's own thoughts on the session; closed once it is signed off. */
    public void reflect(String by, String text) {
        if (!mentee.equals(by)) {
            throw new NotPermitted("session.reflectionByMentee");
        }
        requireOpen();
        reflection = Text.optional("reflection", text, NOTE_MAX);
        reflectionSealed = sealed(reflection, "reflection");
    }

    /** The supervisor's notes; closed once the session is signed off. */
    public void note(String by, String text) {
        if (!supervisor.equals(by)) {
            throw new NotPermitted("session.notesBySupervisor");
        }
        requireOpen();
        supervisorNotes = Text.optional("notes", text, NOTE_MAX);
        notesSealed = sealed(supervisorNotes, "notes");
    }

    private void requireOpen() {
        if (status == SessionStatus.SIGNED_OFF) {
            throw new Conflict("status", "session.signedOff");
        }
    }

    private static void requireParty(Pairing pair, String by) {
        if (by == null || !pair.includes(by)) {
            throw new NotPermitted("session.notYours");
        }
    }

    private static void requirePast(SessionDetails details, Instant now) {
        if (details.endsAt().isAfter(now.plus(CLOCK_SLACK))) {
            throw new InvalidInput("startsAt", "session.future");
        }
    }

    private static void requireNoOverlap(SessionDetails details, Collection<SupervisionSession> sessions, SupervisionSession self) {
        for (SupervisionSession s : sessions) {
            if (s != self && (self == null || s.id == null || !s.id.equals(self.id)) && s.details().overlaps(details)) {
                throw new Conflict("startsAt", "session.overlaps");
            }
        }
    }

    public Long id() {
        return id;
    }

    public Pairing pair() {
        return new Pairing(relationshipId, supervisor, mentee);
    }

    public SessionDetails details() {
        return new SessionDetails(startsAt, new SessionLength(minutes), modality, competencies, caseReferences);
    }

    public SessionStatus status() {
        return status;
    }

    public String loggedBy() {
        return loggedBy;
    }

    public Instant loggedAt() {
        return loggedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public String signedOffBy() {
        return signedOffBy;
    }

    public Instant signedOffAt() {
        return signedOffAt;
    }

    public String reflection() {
        return reflection;
    }

    public String supervisorNotes() {
        return supervisorNotes;
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }
}
