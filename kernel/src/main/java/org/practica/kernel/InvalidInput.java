package org.practica.kernel;

import java.util.List;

/**
 * A request that breaks a rule, naming the offending field and a message key from the resource
 * bundles, so the UI can show it next to the field and the API can put it in a problem body.
 * When several fields are wrong at once ({@link Refusals}), it carries them all and stands for the
 * first.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient List<InvalidInput> all;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.all = List.of(this);
    }

    /** Every one of several refusals, found together; the first gives the field and message. */
    InvalidInput(List<InvalidInput> found) {
        super(found.get(0).getMessage());
        this.field = found.get(0).field;
        this.messageKey = found.get(0).messageKey;
        this.arguments = found.get(0).arguments;
        this.all = List.copyOf(found);
    }

    /** Each problem found, this one alone when it is the only one. */
    public List<InvalidInput> all() {
        return all;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
