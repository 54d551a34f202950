package org.practica.identity.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One e-mail in the outbox: written {@link MailStatus#PENDING} in the transaction of the notice
 * it carries (or of the day's digest), taken by a sender ({@code SENDING}, committed before it
 * talks to the mail server), then {@code SENT}; a server that cannot be reached puts it back with
 * a growing wait, an address that is refused ends it {@code FAILED}, and one whose sender died
 * mid-way becomes {@code UNCERTAIN} rather than risk a second copy. Its words are not stored:
 * they are made from the notice when it is sent, in the person's language of that moment.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    /** The longest wait between two tries: an outage of hours is retried at least hourly. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** After this the notice is stale; the bell still has it. */
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    public static final int ERROR_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    /** The notice it carries; none for a digest. */
    @Column(name = "notification_id")
    private Long notificationId;

    /** The recipient's day a digest is for; none for a single notice. */
    @Column(name = "digest_day")
    private LocalDate digestDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutgoingMail() {
    }

    private OutgoingMail(long recipientId, Long notificationId, LocalDate digestDay, Instant now) {
        this.recipientId = recipientId;
        this.notificationId = notificationId;
        this.digestDay = digestDay;
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The e-mail of a notice already stored (it has its id). */
    public static OutgoingMail of(Notification notice, Instant now) {
        return single(notice.recipientId(), notice.id(), now);
    }

    public static OutgoingMail single(long recipientId, long notificationId, Instant now) {
        return new OutgoingMail(recipientId, notificationId, null, now);
    }

    public static OutgoingMail digest(long recipientId, LocalDate day, Instant now) {
        return new OutgoingMail(recipientId, null, day, now);
    }

    /** A sender takes it; only a pending e-mail whose time has come can be taken. */
    public void claim(Instant now) {
        if (status != MailStatus.PENDING || nextAttemptAt.isAfter(now)) {
            throw new IllegalStateException("not due: " + id);
        }
        status = MailStatus.SENDING;
        claimedAt = now;
        attempts++;
    }

    /** The mail server accepted it; believed also when it comes after the e-mail was counted lost. */
    public void sent(Instant now) {
        if (status != MailStatus.UNCERTAIN) {
            requireSending();
        }
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * The server could not be reached or asked to try later: wait {@code firstWait}, doubled with
     * every try up to an hour, and give up once the notice is days old.
     */
    public void notYet(String why, Duration firstWait, Instant now) {
        requireSending();
        lastError = shorten(why);
        if (!now.isBefore(createdAt.plus(GIVE_UP_AFTER))) {
            status = MailStatus.FAILED;
            return;
        }
        status = MailStatus.PENDING;
        nextAttemptAt = now.plus(wait(firstWait, attempts));
    }

    /** The mail server refused it for good (the address does not exist): never tried again. */
    public void refused(String why) {
        requireSending();
        status = MailStatus.FAILED;
        lastError = shorten(why);
    }

    /** No mail server is configured: kept for the administrator to read instead. */
    public void withhold() {
        requireSending();
        status = MailStatus.WITHHELD;
    }

    /** Its sender stopped between taking it and saying how it went. */
    public void senderLost() {
        requireSending();
        status = MailStatus.UNCERTAIN;
    }

    /** An administrator asks for another try of one that failed, was withheld or may not have gone. */
    public void tryAgain(Instant now) {
        if (status != MailStatus.FAILED && status != MailStatus.UNCERTAIN && status != MailStatus.WITHHELD) {
            throw new IllegalStateException("only a failed, withheld or uncertain e-mail is tried again: " + id);
        }
        status = MailStatus.PENDING;
        nextAttemptAt = now;
        createdAt = now;
        attempts = 0;
    }

    static Duration wait(Duration firstWait, int attempts) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void requireSending() {
        if (status != MailStatus.SENDING) {
            throw new IllegalStateException("not being sent: " + id);
        }
    }

    private static String shorten(String why) {
        String text = why == null ? "" : why.strip();
        return text.length() > ERROR_MAX ? text.substring(0, ERROR_MAX) : text;
    }

    public Long id() {
        return id;
    }

    public long recipientId() {
        return recipientId;
    }

    public Long notificationId() {
        return notificationId;
    }

    public LocalDate digestDay() {
        return digestDay;
    }

    public boolean isDigest() {
        return digestDay != null;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
