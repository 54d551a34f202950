package org.practica.identity.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The e-mails waiting to go, going and gone. */
public interface Outbox {

    void add(OutgoingMail mail);

    void addAll(List<OutgoingMail> mails);

    /** Every e-mail to the person, oldest first (their copy of their data). */
    List<OutgoingMail> to(long recipientId);

    Optional<OutgoingMail> find(long id);

    /**
     * Takes up to {@code limit} e-mails that are due, skipping any another server holds locked, so
     * two senders never take the same one.
     */
    List<OutgoingMail> takeDue(Instant now, int limit);

    /** E-mails taken by a sender before {@code before} that never came back. */
    List<OutgoingMail> lostBefore(Instant before, int limit);

    /** Whether the person's digest of that day exists already. */
    boolean hasDigest(long recipientId, java.time.LocalDate day);

    /**
     * The newest e-mails, newest first, of one status or of any, to anyone or to the people of one
     * organisation (platform administrators left out, as an organisation's administrator does not reach them).
     */
    List<OutgoingMail> latest(Optional<MailStatus> status, Optional<Long> organisation, int limit);

    Map<MailStatus, Long> countByStatus(Optional<Long> organisation);
}
