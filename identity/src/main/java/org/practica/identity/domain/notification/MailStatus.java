package org.practica.identity.domain.notification;

/** Where an e-mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its next try. */
    PENDING,
    /** Taken by a sender that has not said how it went yet. */
    SENDING,
    /** The mail server accepted it. */
    SENT,
    /** Refused for good (the address bounces) or given up after days of tries. */
    FAILED,
    /** Its sender stopped while sending: it may or may not have gone, so it is not sent again unasked. */
    UNCERTAIN,
    /** No mail server is configured: kept so an administrator can see what would have gone. */
    WITHHELD
}
