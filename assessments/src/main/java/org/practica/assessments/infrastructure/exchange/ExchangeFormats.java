package org.practica.assessments.infrastructure.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import org.practica.assessments.domain.exchange.ExchangeFormat;
import org.practica.assessments.domain.exchange.QuestionFormats;
import org.practica.assessments.domain.exchange.QuestionReader;
import org.practica.assessments.domain.exchange.QuestionWriter;

/** GIFT and Moodle XML, each read and written by its own class; a new reader per file, as they keep state while reading. */
@ApplicationScoped
public class ExchangeFormats implements QuestionFormats {

    @Override
    public QuestionReader reader(ExchangeFormat format) {
        return format == ExchangeFormat.GIFT ? new GiftReader() : new MoodleXmlReader();
    }

    @Override
    public QuestionWriter writer(ExchangeFormat format) {
        return format == ExchangeFormat.GIFT ? new GiftWriter() : new MoodleXmlWriter();
    }
}
