package org.practica.kernel;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFound extends RuntimeException {

    private final String messageKey;

    public NotFound(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
