package org.practica.assessments.domain.question;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionTextsTest {

    private static FormattedText t(String s) {
        return new FormattedText(s, TextFormat.MOODLE);
    }

    private static final QuestionDefinition WORD = new QuestionDefinition("Word", QuestionType.SHORT_ANSWER, t("One word for recovering?"),
            null, List.of(Answer.of(FormattedText.plain("resilience"), Credit.FULL, t("Yes.")),
            Answer.of(FormattedText.plain("recovery"), Credit.of(0.5), t("Partly."))), List.of(), null);

    @Test
    void aTranslationChangesWordsNotCredits() {
        QuestionTexts ru = new QuestionTexts(t("Одно слово о восстановлении?"), null, List.of(
                new QuestionTexts.AnswerTexts("устойчивость", "Да."), new QuestionTexts.AnswerTexts("восстановление", "Отчасти.")), List.of(), null);
        QuestionDefinition translated = ru.applyTo(WORD);
        assertEquals("Одно слово о восстановлении?", translated.text().text());
        assertEquals(new BigDecimal("0.5"), translated.answers().get(1).credit().value());
        assertTrue(translated.grade(Response.text("Устойчивость")).credit().full(), "accepted answers are in the reader's language");
        assertEquals("Да.", translated.grade(Response.text("устойчивость")).feedback().get(0).text());
    }

    @Test
    void aTranslationMustGiveEveryAnswer() {
        QuestionTexts missing = new QuestionTexts(t("Одно слово?"), null, List.of(new QuestionTexts.AnswerTexts("устойчивость", null)), List.of(), null);
        assertEquals("question.translation.answers", assertThrows(InvalidInput.class, () -> missing.applyTo(WORD)).messageKey());
        QuestionTexts blank = new QuestionTexts(t(" "), null, List.of(), List.of(), null);
        assertEquals("question.text.required", assertThrows(InvalidInput.class, () -> blank.applyTo(WORD)).messageKey());
    }

    @Test
    void numbersKeepTheirValuesAndOnlyFeedbackIsTranslated() {
        QuestionDefinition number = new QuestionDefinition("N", QuestionType.NUMERICAL, t("Days in a week?"), null,
                List.of(new Answer(FormattedText.plain("7"), Credit.FULL, t("Right."), BigDecimal.ZERO)), List.of(), null);
        QuestionDefinition ru = new QuestionTexts(t("Сколько дней в неделе?"), null,
                List.of(new QuestionTexts.AnswerTexts("семь", "Верно.")), List.of(), null).applyTo(number);
        assertEquals("7", ru.answers().get(0).text().text());
        assertEquals("Верно.", ru.answers().get(0).feedback().text());
    }

    @Test
    void aNoteIsTranslatedWhereTheOriginalHasOneAndKeptWhereTheTranslatorLeftItBlank() {
        QuestionDefinition noted = new QuestionDefinition("Memory", QuestionType.ESSAY, t("Describe a hard interview."), null,
                List.of(), List.of(), QuestionOptions.defaults(QuestionType.ESSAY).withContentNote("Asks you to recall a hard interview."));
        assertEquals("Просит вспомнить трудное интервью.", new QuestionTexts(t("Опишите трудное интервью."), null, List.of(), List.of(),
                "Просит вспомнить трудное интервью.").applyTo(noted).options().contentNote());
        assertEquals("Asks you to recall a hard interview.", new QuestionTexts(t("Опишите трудное интервью."), null, List.of(), List.of(),
                " ").applyTo(noted).options().contentNote());
        assertEquals(null, new QuestionTexts(t("Одно слово?"), null, List.of(new QuestionTexts.AnswerTexts("а", null),
                new QuestionTexts.AnswerTexts("б", null)), List.of(), "Лишнее").applyTo(WORD).options().contentNote(),
                "no note is added where the original has none");
    }
}
