package org.practica.assessments.application;

import org.practica.assessments.domain.exchange.ImportProblem;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: how many questions it stored and every problem it found. When it stored
 * nothing because of problems, {@code refused} says so.
 */
public record ImportOutcome(int imported, int valid, List<ImportProblem> problems, List<PreviewLine> questions, boolean refused) implements Serializable {

    /** One question a file holds, as shown before it is imported. */
    public record PreviewLine(int line, String category, String name, String type, QuestionPreview preview) implements Serializable {
    }
}
