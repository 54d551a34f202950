package org.practica.kernel;

/** What a notice tells; its words are the message {@code notice.<name>} with the notice's arguments. */
public enum NoticeKind {
    /** A trainer graded an essay of the person's attempt: the quiz's title. */
    ESSAY_GRADED,
    /** A body issued the person a certificate: the programme's title and the serial. */
    CERTIFICATE_ISSUED,
    /** A body revoked the person's certificate: its title and serial. */
    CERTIFICATE_REVOKED,
    /** A body did not approve the person's request: the programme's title and the registrar's reason. */
    REQUEST_REJECTED,
    /** A trainer enrolled the person in a course: its title. */
    ENROLLED,
    /** Someone asked the person to supervise them; who, the mentoring page shows. */
    MENTORING_REQUESTED,
    /** The other party logged a supervision session that waits for the person to confirm it. */
    SESSION_TO_CONFIRM,
    /** A quiz closes within two days and the person's attempt is still open: the quiz's title. */
    QUIZ_CLOSING;

    public String messageKey() {
        return "notice." + name();
    }
}
