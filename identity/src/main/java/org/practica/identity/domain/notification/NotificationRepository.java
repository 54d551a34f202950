package org.practica.identity.domain.notification;

import org.practica.identity.domain.Username;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface NotificationRepository {

    /** Who a notice for this name goes to: none when there is no such account or it was erased. */
    Optional<Recipient> recipient(Username name);

    /** Who notices for these names go to, by name; names without an account are left out. */
    java.util.Map<String, Recipient> recipients(java.util.Collection<String> names);

    /** Which of these once keys each of these people was already told, as {@code accountId + " " + key}. */
    java.util.Set<String> toldBefore(java.util.Collection<Long> recipientIds, java.util.Collection<String> onceKeys);

    /** Stores new notices together; each has its id afterwards. */
    void addAll(List<Notification> notices);

    /** Stores a new notice; it has its id afterwards. */
    void add(Notification notice);

    /** Whether the person was already told the reminder of this key. */
    boolean toldBefore(long recipientId, String onceKey);

    /** Every notice of the person, oldest first (their copy of their data). */
    List<Notification> allOf(long recipientId);

    /** The person's notices, newest first, at most {@code limit}. */
    List<Notification> of(Username recipient, int limit);

    long unread(Username recipient);

    /** One of the person's own notices. */
    Optional<Notification> find(Username recipient, long id);

    Optional<Notification> find(long id);

    /** Marks every unread notice of the person read; how many were. */
    int readAll(Username recipient, Instant now);

    /** People with notices waiting for their daily digest, at most {@code limit}. */
    List<Long> awaitingDigest(int limit);

    /** The person's notices waiting for their digest, oldest first. */
    List<Notification> digestOf(long recipientId);

    /** The notices a digest e-mail carries, oldest first. */
    List<Notification> inDigest(long mailId);

    /** Puts every notice waiting for the person's digest into this digest e-mail; how many. */
    int intoDigest(long recipientId, long mailId);

    /** An account that notices go to, and whether it has an address to e-mail. */
    record Recipient(long accountId, boolean mailable) {
    }
}
