package org.practica.kernel;

/**
 * Tells a person something that happened for them: a grade, a certificate. Written in the same
 * transaction as what happened, so a notice exists exactly when the thing it tells of does; what
 * to say is a {@link NoticeKind} and its arguments, put into words in the reader's language when
 * they read it. {@code link} is the page it is about, relative to the application.
 */
public interface Notifier {

    void tell(String username, NoticeKind kind, String link, String... arguments);
}
