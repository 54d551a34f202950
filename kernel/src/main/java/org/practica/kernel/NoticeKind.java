package org.practica.kernel;

/** What a notice tells; its words are the message {@code notice.<name>} with the notice's arguments. */
public enum NoticeKind {
    /** A trainer graded an essay of the person's attempt: the quiz's title. */
    ESSAY_GRADED,
    /** A body issued the person a certificate: the programme's title and the serial. */
    CERTIFICATE_ISSUED;

    public String messageKey() {
        return "notice." + name();
    }
}
