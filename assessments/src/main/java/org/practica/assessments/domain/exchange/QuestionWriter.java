package org.practica.assessments.domain.exchange;

import java.util.List;

/** Writes questions so that reading the result gives the same questions back. */
public interface QuestionWriter {

    String write(List<ExportedQuestion> questions);
}
