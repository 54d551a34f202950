package org.practica.assessments.domain.exchange;

import java.io.Serializable;
import java.util.List;

/** Why a question in a file could not be read: the line it starts on and a message key with its arguments. */
public record ImportProblem(int line, String messageKey, List<Object> arguments) implements Serializable {

    public ImportProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static ImportProblem at(int line, String messageKey, Object... arguments) {
        return new ImportProblem(line, messageKey, List.of(arguments));
    }
}
