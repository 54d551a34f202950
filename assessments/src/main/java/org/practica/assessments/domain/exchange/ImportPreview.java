package org.practica.assessments.domain.exchange;

import java.util.List;

/**
 * What a file holds before anything is stored: the questions that could be read and a problem
 * for each that could not. The trainer decides whether to import the valid ones.
 */
public record ImportPreview(List<ImportedQuestion> questions, List<ImportProblem> problems) {

    public ImportPreview {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public static ImportPreview failed(ImportProblem problem) {
        return new ImportPreview(List.of(), List.of(problem));
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
