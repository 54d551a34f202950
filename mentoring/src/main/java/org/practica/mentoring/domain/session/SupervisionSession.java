package org.practica.mentoring.domain.session;

import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One supervised session of a mentee with their supervisor.
 *
 * <p>Life cycle: either of the pair logs it (LOGGED); the other confirms it (CONFIRMED); the
 * supervisor signs it off (SIGNED_OFF), which counts its hours and locks it. Before sign-off
 * either party may correct it, and the other must confirm again. After sign-off it changes only
 * by the supervisor's amendment, which keeps what it said before. The mentee writes the
 * reflection and the supervisor the notes; both are sensitive and stored encrypted.
 */
public class SupervisionSession {

    /** A clock a little ahead of the server's is not a session in the future. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(2);
    public static final int NOTE_MAX = 20_000;
    public static final int REASON_MAX = 1_000;

    private Long id;
    private final Pairing pair;
    private SessionDetails details;
    private SessionStatus status;
    private String loggedBy;
    private Instant loggedAt;
    private String confirmedBy;
    private Instant confirmedAt;
    private String signedOffBy;
    private Instant signedOffAt;
    private String reflection;
    private String supervisorNotes;
    private final List<Amendment> amendments = new ArrayList<>();

    private SupervisionSession(Pairing pair, SessionDetails details, String by, Instant now) {
        this.pair = pair;
        this.details = details;
        this.status = SessionStatus.LOGGED;
        this.loggedBy = by;
        this.loggedAt = now;
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
        requireParty(pair, by);
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
        if (!pair.supervisor().equals(by)) {
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
        requireParty(pair, by);
        if (status == SessionStatus.SIGNED_OFF) {
            throw new Conflict("status", "session.signedOff");
        }
        requirePast(corrected, now);
        requireNoOverlap(corrected, pairsSessions, this);
        details = corrected;
        status = SessionStatus.LOGGED;
        loggedBy = by;
        loggedAt = now;
        confirmedBy = null;
        confirmedAt = null;
    }

    /** The supervisor changes a signed-off session; what it said before is kept with the reason. */
    public void amend(String by, SessionDetails amended, String reason, Collection<SupervisionSession> pairsSessions, Instant now) {
        if (!pair.supervisor().equals(by)) {
            throw new NotPermitted("session.amendBySupervisor");
        }
        if (status != SessionStatus.SIGNED_OFF) {
            throw new Conflict("status", "session.amendOnlySigned");
        }
        String why = Text.required("reason", reason, REASON_MAX);
        requirePast(amended, now);
        requireNoOverlap(amended, pairsSessions, this);
        amendments.add(new Amendment(details, why, by, now));
        details = amended;
    }

    /** The mentee's own thoughts on the session; closed once it is signed off. */
    public void reflect(String by, String text) {
        if (!pair.mentee().equals(by)) {
            throw new NotPermitted("session.reflectionByMentee");
        }
        requireOpen();
        reflection = Text.optional("reflection", text, NOTE_MAX);
    }

    /** The supervisor's notes; closed once the session is signed off. */
    public void note(String by, String text) {
        if (!pair.supervisor().equals(by)) {
            throw new NotPermitted("session.notesBySupervisor");
        }
        requireOpen();
        supervisorNotes = Text.optional("notes", text, NOTE_MAX);
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
            if (s != self && (self == null || s.id == null || !s.id.equals(self.id)) && s.details.overlaps(details)) {
                throw new Conflict("startsAt", "session.overlaps");
            }
        }
    }

    public Long id() {
        return id;
    }

    public Pairing pair() {
        return pair;
    }

    public SessionDetails details() {
        return details;
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
