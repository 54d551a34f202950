package org.practica.assessments.domain.question;

import java.io.Serializable;
import java.util.List;

/** Something in a question a trainer should look at again: a message key and its arguments. */
public record Caution(String messageKey, List<Object> arguments) implements Serializable {

    public Caution {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public Caution(String messageKey, Object... arguments) {
        this(messageKey, List.of(arguments));
    }
}
