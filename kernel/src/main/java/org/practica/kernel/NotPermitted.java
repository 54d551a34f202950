package org.practica.kernel;

/** The caller is known but this action is not theirs to take (HTTP 403). */
public class NotPermitted extends RuntimeException {

    private final String messageKey;

    public NotPermitted(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
