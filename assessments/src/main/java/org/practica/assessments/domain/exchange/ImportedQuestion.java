package org.practica.assessments.domain.exchange;

import org.practica.assessments.domain.question.QuestionDefinition;

import java.util.List;

/**
 * A question read from a file, with the line it starts on, the category it was filed under, and
 * the files its texts link to (still as {@code @@PLUGINFILE@@} links until they are stored).
 */
public record ImportedQuestion(int line, CategoryPath category, QuestionDefinition definition, List<EmbeddedFile> files) {

    public ImportedQuestion {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public ImportedQuestion(int line, CategoryPath category, QuestionDefinition definition) {
        this(line, category, definition, List.of());
    }
}
