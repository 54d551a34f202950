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
    QUIZ_CLOSING,
    /** A session the person took part in waits for the supervisor to sign it off: the session's day. */
    SIGN_OFF_WAITING,
    /** The person's certificate expires soon (renewal window open, then 30 and 7 days before): title, serial, days left. */
    RENEWAL_DUE,
    /** Certificate requests wait for the registrar's decision: how many. */
    REQUESTS_WAITING,
    /** Essays have waited more than a week for the trainer's grade: how many. */
    ESSAYS_WAITING,
    /** A survey about a course the person completed waits for their answers: the course's title. */
    SURVEY_WAITING,
    /** The person's password was changed or reset; security, always e-mailed. */
    PASSWORD_CHANGED,
    /** A sign-in factor was added to the person's account; security, always e-mailed. */
    SECOND_FACTOR_ADDED;

    public String messageKey() {
        return "notice." + name();
    }

    /**
     * Whether the person must hear of it by e-mail whatever they chose: a change to how the account
     * is protected that they did not make themselves is how a takeover shows.
     */
    public boolean security() {
        return this == PASSWORD_CHANGED || this == SECOND_FACTOR_ADDED;
    }
}
