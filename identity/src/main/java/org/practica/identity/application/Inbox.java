package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.notification.Notification;
import org.practica.identity.domain.notification.NotificationRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.NotFound;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Notifier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A person's notices: written by the other modules through {@link Notifier} in their own
 * transaction; read, opened and marked read by the person only.
 */
@ApplicationScoped
@Transactional
public class Inbox implements Notifier {

    /** A person sees their latest notices; older ones are of no more use on this page. */
    public static final int SHOWN = 50;

    @Inject
    NotificationRepository notifications;

    @Inject
    Clock clock;

    /** One notice as the person reads it: its words are {@code messageKey} with {@code arguments}. */
    public record NoticeView(long id, String kind, String messageKey, List<String> arguments, String link, Instant at, boolean unread) {
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(String username, NoticeKind kind, String link, String... arguments) {
        notifications.tell(new Username(username), new Notification.Draft(kind, link, List.of(arguments)), clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeView> of(Actor reader) {
        return notifications.of(new Username(reader.username()), SHOWN).stream().map(Inbox::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(Actor reader) {
        return notifications.unread(new Username(reader.username()));
    }

    /** Marks the notice read and gives the page it is about. */
    public String open(Actor reader, long id) {
        Notification n = notifications.find(new Username(reader.username()), id).orElseThrow(() -> new NotFound("notice.notFound"));
        n.read(clock.instant());
        return n.link();
    }

    public int readAll(Actor reader) {
        return notifications.readAll(new Username(reader.username()), clock.instant());
    }

    private static NoticeView view(Notification n) {
        return new NoticeView(n.id(), n.kind().name(), n.kind().messageKey(), n.arguments(), n.link(), n.createdAt(), n.unread());
    }
}
