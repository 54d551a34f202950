package org.practica.identity.domain.notification;

import org.practica.identity.domain.Username;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface NotificationRepository {

    /** A notice for the account of this name (none when there is no such account); whether it was written. */
    boolean tell(Username recipient, Notification.Draft notice, Instant now);

    /** The person's notices, newest first, at most {@code limit}. */
    List<Notification> of(Username recipient, int limit);

    long unread(Username recipient);

    /** One of the person's own notices. */
    Optional<Notification> find(Username recipient, long id);

    /** Marks every unread notice of the person read; how many were. */
    int readAll(Username recipient, Instant now);
}
