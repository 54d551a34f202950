package org.practica.assessments.domain.exchange;

import org.practica.assessments.domain.question.QuestionDefinition;

import java.util.List;

/** A question to write, with its category and the files its texts link to by {@code @@PLUGINFILE@@}. */
public record ExportedQuestion(CategoryPath category, QuestionDefinition definition, List<EmbeddedFile> files) {

    public ExportedQuestion {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public ExportedQuestion(CategoryPath category, QuestionDefinition definition) {
        this(category, definition, List.of());
    }
}
