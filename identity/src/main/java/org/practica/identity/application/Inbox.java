package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.notification.Delivery;
import org.practica.identity.domain.notification.MailPreferences;
import org.practica.identity.domain.notification.MailPreferencesRepository;
import org.practica.identity.domain.notification.Notification;
import org.practica.identity.domain.notification.NotificationRepository;
import org.practica.identity.domain.notification.Outbox;
import org.practica.identity.domain.notification.OutgoingMail;
import org.practica.kernel.Actor;
import org.practica.kernel.NotFound;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Notifier;
import org.practica.kernel.Reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A person's notices: written by the other modules through {@link Notifier} and
 * {@link Reminders} in their own transaction, together with the e-mail that carries it when the
 * person takes that kind by e-mail at once (the outbox row commits or rolls back with the event);
 * read, opened and marked read by the person only.
 */
@ApplicationScoped
@Transactional
public class Inbox implements Notifier, Reminders {

    /** A person sees their latest notices; older ones are of no more use on this page. */
    public static final int SHOWN = 50;

    @Inject
    NotificationRepository notifications;

    @Inject
    MailPreferencesRepository preferences;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** One notice as the person reads it: its words are {@code messageKey} with {@code arguments}. */
    public record NoticeView(long id, String kind, String messageKey, List<String> arguments, String link, Instant at, boolean unread) {
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(String username, NoticeKind kind, String link, String... arguments) {
        told(username, new Notification.Draft(kind, link, List.of(arguments)), null);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remind(String username, NoticeKind kind, String once, String link, String... arguments) {
        return told(username, new Notification.Draft(kind, link, List.of(arguments)), once);
    }

    /**
     * Reminders in bulk, as a job finds hundreds: the people, what each was told before and their
     * choices are each read in one query, the new notices and e-mails written together.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int remindAll(List<Reminder> due) {
        java.util.Map<String, NotificationRepository.Recipient> recipients = notifications.recipients(
                due.stream().map(Reminder::username).collect(java.util.stream.Collectors.toSet()));
        java.util.Set<Long> ids = recipients.values().stream().map(NotificationRepository.Recipient::accountId).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> told = new java.util.HashSet<>(notifications.toldBefore(ids,
                due.stream().map(Reminder::once).collect(java.util.stream.Collectors.toSet())));
        java.util.Map<Long, MailPreferences> chosen = preferences.find(ids);
        Instant now = clock.instant();
        List<Notification> fresh = new java.util.ArrayList<>();
        List<Notification> mailed = new java.util.ArrayList<>();
        for (Reminder r : due) {
            NotificationRepository.Recipient to = recipients.get(r.username());
            if (to == null || !told.add(to.accountId() + " " + r.once())) {
                continue;   // no such person, or told before (also twice in this very list)
            }
            Notification notice = new Notification(to.accountId(), new Notification.Draft(r.kind(), r.link(), r.arguments()), r.once(), now);
            Delivery delivery = to.mailable() ? delivery(chosen.get(to.accountId()), r.kind()) : Delivery.IN_APP;
            if (delivery == Delivery.DAILY_DIGEST) {
                notice.awaitDigest();
            } else if (delivery == Delivery.AT_ONCE) {
                mailed.add(notice);
            }
            fresh.add(notice);
        }
        notifications.addAll(fresh);
        outbox.addAll(mailed.stream().map(n -> OutgoingMail.of(n, now)).toList());
        return fresh.size();
    }

    private boolean told(String username, Notification.Draft draft, String once) {
        NotificationRepository.Recipient recipient = notifications.recipient(new Username(username)).orElse(null);
        if (recipient == null || once != null && notifications.toldBefore(recipient.accountId(), once)) {
            return false;
        }
        Instant now = clock.instant();
        // read, never made here: a person's first notice must not race another for their row
        Delivery delivery = recipient.mailable() ? delivery(preferences.find(recipient.accountId()).orElse(null), draft.kind()) : Delivery.IN_APP;
        Notification notice = new Notification(recipient.accountId(), draft, once, now);
        if (delivery == Delivery.DAILY_DIGEST) {
            notice.awaitDigest();
        }
        notifications.add(notice);
        if (delivery == Delivery.AT_ONCE) {
            outbox.add(OutgoingMail.of(notice, now));
        }
        return true;
    }

    /** The person's choice for this kind, or the default while they never chose. */
    private static Delivery delivery(MailPreferences chosen, NoticeKind kind) {
        return chosen != null ? chosen.deliveryOf(kind) : kind.security() ? Delivery.AT_ONCE : Delivery.byDefault(kind);
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
