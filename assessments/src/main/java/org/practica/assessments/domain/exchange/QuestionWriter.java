package org.practica.assessments.domain.exchange;

import java.util.List;

/** Writes questions so that reading the result gives the same questions back. */
public interface QuestionWriter {

    String write(List<ExportedQuestion> questions);

    /** With what the bank says about its categories, for a format that can say it too. */
    default String write(List<ExportedQuestion> questions, List<CategoryInfo> categories) {
        return write(questions);
    }
}
