package org.practica.server.security;

/** A bearer token that cannot be accepted; the reason is a message key. */
public class InvalidToken extends Exception {

    private final String messageKey;

    InvalidToken(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
