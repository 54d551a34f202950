package org.practica.assessments.application;

import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.bank.Question;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionTexts;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Response;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionDraftTest {

    private static QuestionView.AnswerView answer(String text, String fraction, String feedback) {
        return new QuestionView.AnswerView(text, null, fraction == null ? null : new BigDecimal(fraction), feedback, null);
    }

    private static QuestionDraft multiple(QuestionView.AnswerView... answers) {
        return new QuestionDraft("Ethics/Consent", "Consent", "multiple_response", "Which are needed?", "plain", "Both.",
                null, null, null, Arrays.asList(answers), null, null, null, null, null);
    }

    @Test
    void aDraftBecomesTheDefinitionItDescribesAndSpareRowsAreIgnored() {
        QuestionDraft draft = multiple(answer("Assent", "0.5", "yes"), answer("", null, ""), answer("Guardian", "0.5", null),
                answer("Silence", "-1", "no"), null);
        QuestionDefinition d = draft.toDefinition();
        assertEquals(QuestionType.MULTIPLE_RESPONSE, d.type());
        assertEquals(3, d.answers().size());
        assertEquals(TextFormat.PLAIN, d.text().format());
        assertEquals("Ethics/Consent", draft.categoryPath().value());
        assertTrue(d.options().shuffleAnswers(), "choices shuffle unless the trainer says not to");
        assertEquals(0, BigDecimal.ONE.compareTo(d.grade(Response.choices(List.of(0, 1))).credit().value()));
    }

    @Test
    void mistakesNameTheFieldTheyAreIn() {
        assertEquals("answers[1].fraction", assertThrows(InvalidInput.class,
                () -> multiple(answer("Assent", "1", null), answer("Guardian", null, "feedback but no credit")).toDefinition()).field());
        assertEquals("answers[0].fraction", assertThrows(InvalidInput.class,
                () -> multiple(answer("Assent", "1.5", null)).toDefinition()).field());
        assertEquals("type", assertThrows(InvalidInput.class, () -> new QuestionDraft(null, "n", "riddle", "t", null, null,
                null, null, null, null, null, null, null, null, null).toDefinition()).field());
        assertEquals("format", assertThrows(InvalidInput.class, () -> new QuestionDraft(null, "n", "essay", "t", "rtf", null,
                null, null, null, null, null, null, null, null, null).toDefinition()).field());
        assertEquals("answers[0].tolerance", assertThrows(InvalidInput.class, () -> new QuestionDraft(null, "n", "short_answer", "t",
                null, null, null, null, null, List.of(new QuestionView.AnswerView("x", null, BigDecimal.ONE, null, BigDecimal.ONE)),
                null, null, null, null, null).toDefinition()).field());
        assertEquals("answers", assertThrows(InvalidInput.class,
                () -> multiple(answer("Assent", "0.5", null)).toDefinition()).field(), "credits must add up to 100 %");
    }

    @Test
    void numbersKeepTheirToleranceAndUnits() {
        QuestionDraft draft = new QuestionDraft(null, "Distance", "NUMERICAL", "How far?", null, null, new BigDecimal("2"), null, null,
                List.of(new QuestionView.AnswerView("1000", null, BigDecimal.ONE, null, new BigDecimal("50"))), null,
                List.of(new QuestionView.UnitView("m", BigDecimal.ONE), new QuestionView.UnitView("km", new BigDecimal("0.001"))), null, null, null);
        QuestionDefinition d = draft.toDefinition();
        assertEquals(0, new BigDecimal("2").compareTo(d.options().defaultMark()));
        assertEquals(2, d.options().units().size());
        assertTrue(d.grade(Response.text("0.96 km")).credit().full(), "within tolerance, in another unit");
        assertEquals(0, d.grade(Response.text("1051")).credit().value().signum(), "just outside the tolerance");
    }

    @Test
    void revisingKeepsTranslationsThatStillFitAndDropsTheOthers() {
        QuestionDraft two = new QuestionDraft(null, "Pick", "single_choice", "Which?", "plain", null, null, null, null,
                List.of(answer("A", "1", null), answer("B", "0", null)), null, null, null, null, null);
        Question q = new Question(new BankId(1), two.categoryPath(), ContentLanguage.EN, two.toDefinition(), Instant.EPOCH);
        q.translate(ContentLanguage.RU, texts("Какой?", "А", "Б"), Instant.EPOCH);
        q.translate(ContentLanguage.KK, texts("Қайсы?", "А", "Ә"), Instant.EPOCH);

        QuestionDraft reworded = new QuestionDraft(null, "Pick", "single_choice", "Which one?", "plain", null, null, null, null,
                List.of(answer("A", "0", null), answer("B", "1", null)), null, null, null, null, null);
        assertTrue(q.revise(reworded.toDefinition(), reworded.categoryPath(), Instant.EPOCH).isEmpty());
        assertEquals(Set.of("ru", "kk"), q.translatedInto());

        List<QuestionView.AnswerView> three = new ArrayList<>(reworded.answers());
        three.add(answer("C", "0", null));
        QuestionDraft longer = new QuestionDraft(null, "Pick", "single_choice", "Which one?", "plain", null, null, null, null,
                three, null, null, null, null, null);
        assertEquals(Set.of("kk", "ru"), q.revise(longer.toDefinition(), longer.categoryPath(), Instant.EPOCH));
        assertTrue(q.translatedInto().isEmpty());
        assertEquals(3, q.definition().answers().size());
    }

    private static QuestionTexts texts(String text, String... answers) {
        return new QuestionTexts(new org.practica.assessments.domain.question.FormattedText(text, TextFormat.PLAIN), null,
                Arrays.stream(answers).map(a -> new QuestionTexts.AnswerTexts(a, null)).toList(), List.of(), null, null);
    }

    @Test
    void aContentNoteTravelsWithTheQuestionAndATooLongOneIsRefusedWithTheOtherProblems() {
        QuestionDraft noted = new QuestionDraft(null, "Memory", "essay", "Describe a hard interview.", "plain", null, null, null, null,
                null, null, null, null, "  Asks you to recall a hard interview.  ", null);
        assertEquals("Asks you to recall a hard interview.", noted.toDefinition().options().contentNote());
        InvalidInput all = assertThrows(InvalidInput.class, () -> new QuestionDraft(null, " ", "essay", "Describe.", "plain", null, null,
                null, null, null, null, null, null, "x".repeat(301), null).toDefinition());
        assertEquals(List.of("contentNote", "name"), all.all().stream().map(InvalidInput::field).toList());
    }
}
