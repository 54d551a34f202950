package org.practica.assessments.domain.exchange;

/** Reads a file of questions into a preview; never throws for bad content, it reports it. */
public interface QuestionReader {

    ImportPreview read(String content);
}
