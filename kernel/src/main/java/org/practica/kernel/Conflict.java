package org.practica.kernel;

/** The request is valid on its own but clashes with what is stored (a taken username, say). */
public class Conflict extends InvalidInput {

    public Conflict(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
