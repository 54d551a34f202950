package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.AdministrativeReach;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.notification.MailStatus;
import org.practica.identity.domain.notification.Notification;
import org.practica.identity.domain.notification.NotificationRepository;
import org.practica.identity.domain.notification.Outbox;
import org.practica.identity.domain.notification.OutgoingMail;
import org.practica.identity.domain.notification.MailPreferencesRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.NotFound;
import org.practica.kernel.NoticeKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox's life: the sender takes what is due, learns what to write, and says how it went,
 * each step in a transaction of its own so that a step that is done stays done whatever happens
 * to the next; the day's digests are gathered; administrators see and retry deliveries.
 */
@ApplicationScoped
public class MailDeliveries {

    /** Administrators see this many of the newest e-mails. */
    public static final int SHOWN = 200;

    @Inject
    Outbox outbox;

    @Inject
    NotificationRepository notifications;

    @Inject
    MailPreferencesRepository preferences;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "PRACTICA_SMTP_HOST")
    Optional<String> mailServer;

    /** One notice as an e-mail tells it. */
    public record Item(NoticeKind kind, List<String> arguments, String link, Instant at) {
    }

    /**
     * What one e-mail says and to whom, read from the account as it is now: its address, name,
     * language and zone; {@code kind} is the notice's kind for a single notice (what its
     * unsubscribe link turns off), none for a digest.
     */
    public record Letter(long mailId, String address, String displayName, Locale locale, ZoneId zone, String unsubscribeToken,
                         Optional<NoticeKind> kind, LocalDate digestDay, List<Item> items) {
    }

    /** One e-mail as an administrator sees it. */
    public record Line(long id, String recipient, String kind, MailStatus status, int attempts, String lastError,
                       Instant createdAt, Instant sentAt, Instant nextAttemptAt) {
    }

    public record Report(Map<MailStatus, Long> counts, List<Line> lines) {
    }

    /** Whether this installation sends e-mail at all (else each is withheld for the administrators' page). */
    public boolean mailServerConfigured() {
        return mailServer.filter(h -> !h.isBlank()).isPresent();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> take(int limit) {
        Instant now = clock.instant();
        List<OutgoingMail> due = outbox.takeDue(now, limit);
        due.forEach(m -> m.claim(now));
        return due.stream().map(OutgoingMail::id).toList();
    }

    /** What to write, or none when the person has no address any more (the e-mail then fails). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Letter> letter(long mailId) {
        OutgoingMail mail = outbox.find(mailId).orElseThrow(() -> new NotFound("mail.notFound"));
        UserAccount to = accounts.byId(mail.recipientId()).orElse(null);
        if (to == null || to.erased() || to.email() == null || to.email().isBlank()) {
            return Optional.empty();
        }
        List<Notification> told = mail.isDigest() ? notifications.inDigest(mailId)
                : notifications.find(mail.notificationId()).stream().toList();
        String token = preferences.of(to.id()).unsubscribeToken();
        return Optional.of(new Letter(mailId, to.email(), to.displayName(), to.language().locale(), to.timeZone().orElse(ZoneOffset.UTC),
                token, mail.isDigest() || told.isEmpty() ? Optional.empty() : Optional.of(told.get(0).kind()), mail.digestDay(),
                told.stream().map(n -> new Item(n.kind(), n.arguments(), n.link(), n.createdAt())).toList()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long mailId) {
        taken(mailId).sent(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notYet(long mailId, String why, Duration firstWait) {
        taken(mailId).notYet(why, firstWait, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(long mailId, String why) {
        taken(mailId).refused(why);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void withhold(long mailId) {
        taken(mailId).withhold();
    }

    /**
     * E-mails a sender took longer than {@code lease} ago and never reported on: that sender
     * stopped (the server was killed) and nobody can tell whether the mail server got them, so
     * they are marked uncertain instead of sent a second time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int markLost(Duration lease, int limit) {
        List<OutgoingMail> lost = outbox.lostBefore(clock.instant().minus(lease), limit);
        lost.forEach(OutgoingMail::senderLost);
        return lost.size();
    }

    /** People whose notices wait for a digest. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> awaitingDigest(int limit) {
        return notifications.awaitingDigest(limit);
    }

    /**
     * The person's digest for today, once their local clock has passed {@code hour} and if
     * today's has not gone; whether one was made. The unique (person, day) index lets only one
     * server make it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean gatherDigest(long recipientId, int hour) {
        UserAccount to = accounts.byId(recipientId).orElse(null);
        if (to == null) {
            return false;
        }
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(to.timeZone().orElse(ZoneOffset.UTC));
        if (local.getHour() < hour || outbox.hasDigest(recipientId, local.toLocalDate())) {
            return false;
        }
        OutgoingMail digest = OutgoingMail.digest(recipientId, local.toLocalDate(), now);
        outbox.add(digest);
        return notifications.intoDigest(recipientId, digest.id()) > 0;
    }

    /** Delivery status for an administrator: counts, and the newest e-mails to people in their reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report report(Actor administrator, Optional<MailStatus> status) {
        AdministrativeReach reach = reach(administrator);
        List<Line> lines = outbox.latest(status, reach.platform() ? Optional.empty() : Optional.of(reach.organisationId()), SHOWN).stream()
                .map(m -> line(m, reach)).flatMap(Optional::stream).toList();
        return new Report(outbox.countByStatus(reach.platform() ? Optional.empty() : Optional.of(reach.organisationId())), lines);
    }

    /**
     * What an e-mail says (the page of e-mails that would have gone without a mail server); a
     * transaction, as the person's unsubscribe token may be made on the way.
     */
    @Transactional
    public Optional<Letter> read(Actor administrator, long mailId) {
        within(administrator, mailId);
        return letter(mailId);
    }

    /** Another try for an e-mail that failed, was withheld or may not have gone. */
    @Transactional
    public void tryAgain(Actor administrator, long mailId) {
        OutgoingMail mail = within(administrator, mailId);
        mail.tryAgain(clock.instant());
        audit.record(administrator.username(), "MAIL_RETRIED", "mail:" + mailId, null);
    }

    private OutgoingMail within(Actor administrator, long mailId) {
        AdministrativeReach reach = reach(administrator);
        OutgoingMail mail = outbox.find(mailId).orElseThrow(() -> new NotFound("mail.notFound"));
        UserAccount to = accounts.byId(mail.recipientId()).orElseThrow(() -> new NotFound("mail.notFound"));
        if (!reach.covers(to)) {
            throw new NotFound("mail.notFound");
        }
        return mail;
    }

    private Optional<Line> line(OutgoingMail m, AdministrativeReach reach) {
        return accounts.byId(m.recipientId()).filter(reach::covers).map(to -> new Line(m.id(), to.username().value(),
                m.isDigest() ? "DIGEST" : notifications.find(m.notificationId()).map(n -> n.kind().name()).orElse(""),
                m.status(), m.attempts(), m.lastError(), m.createdAt(), m.sentAt(), m.nextAttemptAt()));
    }

    private AdministrativeReach reach(Actor administrator) {
        return accounts.find(new Username(administrator.username())).map(AdministrativeReach::of)
                .filter(r -> r.organisationId() >= 0).orElseThrow(() -> new NotFound("user.notFound"));
    }

    private OutgoingMail taken(long mailId) {
        return outbox.find(mailId).orElseThrow(() -> new NotFound("mail.notFound"));
    }
}
