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
                new QuestionTexts.AnswerTexts("устойчивость", "Да."), new QuestionTexts.AnswerTexts("восстановление", "Отчасти.")), List.of(), null, null);
        QuestionDefinition translated = ru.applyTo(WORD);
        assertEquals("Одно слово о восстановлении?", translated.text().text());
        assertEquals(new BigDecimal("0.5"), translated.answers().get(1).credit().value());
        assertTrue(translated.grade(Response.text("Устойчивость")).credit().full(), "accepted answers are in the reader's language");
        assertEquals("Да.", translated.grade(Response.text("устойчивость")).feedback().get(0).text());
    }

    @Test
    void aTranslationMustGiveEveryAnswer() {
        QuestionTexts missing = new QuestionTexts(t("Одно слово?"), null, List.of(new QuestionTexts.AnswerTexts("устойчивость", null)), List.of(), null, null);
        assertEquals("question.translation.answers", assertThrows(InvalidInput.class, () -> missing.applyTo(WORD)).messageKey());
        QuestionTexts blank = new QuestionTexts(t(" "), null, List.of(), List.of(), null, null);
        assertEquals("question.text.required", assertThrows(InvalidInput.class, () -> blank.applyTo(WORD)).messageKey());
    }

    @Test
    void numbersKeepTheirValuesAndOnlyFeedbackIsTranslated() {
        QuestionDefinition number = new QuestionDefinition("N", QuestionType.NUMERICAL, t("Days in a week?"), null,
                List.of(new Answer(FormattedText.plain("7"), Credit.FULL, t("Right."), BigDecimal.ZERO)), List.of(), null);
        QuestionDefinition ru = new QuestionTexts(t("Сколько дней в неделе?"), null,
                List.of(new QuestionTexts.AnswerTexts("семь", "Верно.")), List.of(), null, null).applyTo(number);
        assertEquals("7", ru.answers().get(0).text().text());
        assertEquals("Верно.", ru.answers().get(0).feedback().text());
    }

    @Test
    void aNoteIsTranslatedWhereTheOriginalHasOneAndKeptWhereTheTranslatorLeftItBlank() {
        QuestionDefinition noted = new QuestionDefinition("Memory", QuestionType.ESSAY, t("Describe a hard interview."), null,
                List.of(), List.of(), QuestionOptions.defaults(QuestionType.ESSAY).withContentNote("Asks you to recall a hard interview."));
        assertEquals("Просит вспомнить трудное интервью.", new QuestionTexts(t("Опишите трудное интервью."), null, List.of(), List.of(),
                "Просит вспомнить трудное интервью.", null).applyTo(noted).options().contentNote());
        assertEquals("Asks you to recall a hard interview.", new QuestionTexts(t("Опишите трудное интервью."), null, List.of(), List.of(),
                " ", null).applyTo(noted).options().contentNote());
        assertEquals(null, new QuestionTexts(t("Одно слово?"), null, List.of(new QuestionTexts.AnswerTexts("а", null),
                new QuestionTexts.AnswerTexts("б", null)), List.of(), "Лишнее", null).applyTo(WORD).options().contentNote(),
                "no note is added where the original has none");
    }

    @Test
    void hintsAreTranslatedInOrderKeepingTheirSettingsAndAllOrNone() {
        QuestionDetails details = new QuestionDetails(null, List.of(new Hint(t("Think of a plant."), true, false),
                new Hint(t("It bends in the wind."), false, true)), null, null, null, null, false, null, null);
        QuestionDefinition hinted = WORD.withDetails(details);
        QuestionDefinition ru = new QuestionTexts(t("Одно слово?"), null, List.of(new QuestionTexts.AnswerTexts("устойчивость", null),
                new QuestionTexts.AnswerTexts("восстановление", null)), List.of(), null,
                List.of("Подумайте о растении.", "Оно гнётся на ветру.")).applyTo(hinted);
        List<Hint> hints = ru.options().details().hints();
        assertEquals("Подумайте о растении.", hints.get(0).text().text());
        assertTrue(hints.get(0).showNumCorrect());
        assertTrue(hints.get(1).clearWrong());
        InvalidInput one = assertThrows(InvalidInput.class, () -> new QuestionTexts(t("Одно слово?"), null,
                List.of(new QuestionTexts.AnswerTexts("а", null), new QuestionTexts.AnswerTexts("б", null)), List.of(), null,
                List.of("Только одна.")).applyTo(hinted));
        assertEquals("question.translation.hints", one.messageKey());
        assertEquals("Think of a plant.", new QuestionTexts(t("Одно слово?"), null, List.of(new QuestionTexts.AnswerTexts("а", null),
                new QuestionTexts.AnswerTexts("б", null)), List.of(), null, null).applyTo(hinted).options().details().hints().get(0).text().text(),
                "no hints given keeps the original's");
    }

    @Test
    void aClozeTranslationKeepsTheGapsCreditsAndNumbers() {
        QuestionDefinition original = new QuestionDefinition("Cloze", QuestionType.CLOZE,
                new FormattedText("Children are {1:SHORTANSWER:=victims#Yes~%50%witnesses} first; the CRC has {2:NUMERICAL:=54:0} articles.",
                        TextFormat.HTML), null, List.of(), List.of(), null);
        QuestionDefinition kk = new QuestionTexts(new FormattedText("Балалар ең алдымен {1:SHORTANSWER:=құрбандар#Иә~%50%куәгерлер}; "
                + "БҚК-да {2:NUMERICAL:=54:0} бап бар.", TextFormat.HTML), null, List.of(), List.of(), null, null).applyTo(original);
        assertEquals("құрбандар", kk.cloze().gap(1).rightAnswers().get(0));
        InvalidInput dropped = assertThrows(InvalidInput.class, () -> new QuestionTexts(new FormattedText(
                "Балалар ең алдымен {1:SHORTANSWER:=құрбандар}; БҚК-да 54 бап бар.", TextFormat.HTML), null, List.of(), List.of(), null, null)
                .applyTo(original));
        assertEquals("question.translation.gaps", dropped.messageKey());
        InvalidInput credit = assertThrows(InvalidInput.class, () -> new QuestionTexts(new FormattedText(
                "Балалар {1:SHORTANSWER:=құрбандар#Иә~=куәгерлер}; БҚК-да {2:NUMERICAL:=54:0} бап.", TextFormat.HTML), null, List.of(), List.of(),
                null, null).applyTo(original));
        assertEquals("question.translation.gap", credit.messageKey());
        assertEquals("text", credit.field());
        InvalidInput number = assertThrows(InvalidInput.class, () -> new QuestionTexts(new FormattedText(
                "Балалар {1:SHORTANSWER:=құрбандар#Иә~%50%куәгерлер}; БҚК-да {2:NUMERICAL:=45:0} бап.", TextFormat.HTML), null, List.of(), List.of(),
                null, null).applyTo(original));
        assertEquals("question.translation.gap", number.messageKey());
    }
}
