package org.practica.assessments.domain.exchange;

/** The readers and writers of the file formats questions are exchanged in (GIFT, Moodle XML). */
public interface QuestionFormats {

    QuestionReader reader(ExchangeFormat format);

    QuestionWriter writer(ExchangeFormat format);
}
