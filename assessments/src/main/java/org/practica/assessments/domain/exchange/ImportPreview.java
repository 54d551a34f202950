package org.practica.assessments.domain.exchange;

import java.util.List;

/**
 * What a file holds before anything is stored: the questions that could be read, a problem for
 * each that could not, and what the file says about its categories. The trainer decides whether to import the valid ones.
 */
public record ImportPreview(List<ImportedQuestion> questions, List<ImportProblem> problems, List<CategoryInfo> categories) {

    public ImportPreview {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public ImportPreview(List<ImportedQuestion> questions, List<ImportProblem> problems) {
        this(questions, problems, List.of());
    }

    public static ImportPreview failed(ImportProblem problem) {
        return new ImportPreview(List.of(), List.of(problem));
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
