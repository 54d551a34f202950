package org.practica.assessments.application;

import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.Credit;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.Hint;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionDetails;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.TextFormat;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The units a question goes out to translators as: its words in reading order, hints last, a cloze text whole. */
class BankTranslationsTest {

    @Test
    void aQuestionsUnitsAreItsWordsInReadingOrderWithItsHints() {
        QuestionDefinition q = new QuestionDefinition("Word", QuestionType.SHORT_ANSWER, FormattedText.plain("One word for recovering?"),
                null, List.of(Answer.of(FormattedText.plain("resilience"), Credit.FULL, FormattedText.plain("Yes."))), List.of(), null)
                .withDetails(new QuestionDetails(null, List.of(new Hint(FormattedText.plain("Think of a plant."), false, false)),
                        null, null, null, null, false, null, null));
        assertEquals(List.of("q7.text", "q7.answer0", "q7.answer0.feedback", "q7.hint0"), List.copyOf(BankTranslations.texts(7, q).keySet()));
        assertEquals("Think of a plant.", BankTranslations.texts(7, q).get("q7.hint0"));
    }

    @Test
    void aClozeTextGoesOutWholeWithItsGaps() {
        String text = "Children are {1:SHORTANSWER:=victims} first.";
        QuestionDefinition cloze = new QuestionDefinition("Cloze", QuestionType.CLOZE, new FormattedText(text, TextFormat.HTML), null,
                List.of(), List.of(), null);
        assertEquals(text, BankTranslations.texts(3, cloze).get("q3.text"));
    }
}
