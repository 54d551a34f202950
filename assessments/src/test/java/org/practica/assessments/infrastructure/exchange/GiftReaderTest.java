package org.practica.assessments.infrastructure.exchange;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.exchange.ImportPreview;
import org.practica.assessments.domain.exchange.ImportProblem;
import org.practica.assessments.domain.exchange.ImportedQuestion;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Response;
import org.practica.assessments.domain.question.TextFormat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practica.assessments.infrastructure.exchange.Fixtures.named;

class GiftReaderTest {

    private static ImportPreview all;

    @BeforeAll
    static void readFixture() {
        all = new GiftReader().read(Fixtures.read("all-types.gift"));
    }

    private static QuestionDefinition q(String name) {
        return named(all.questions(), name).definition();
    }

    private static List<String> credits(QuestionDefinition q) {
        return q.answers().stream().map(a -> a.credit().percent().toPlainString()).toList();
    }

    @Test
    void readsEveryQuestionOfTheFixtureWithoutProblems() {
        assertEquals(List.of(), all.problems());
        assertEquals(22, all.questions().size());
    }

    @Test
    void commentsAreSkippedAndLinesCountFromTheFile() {
        ImportedQuestion first = all.questions().get(0);
        assertEquals("Safety first", first.definition().name());
        assertEquals(6, first.line());
        assertEquals(43, named(all.questions(), "Several numbers").line());
    }

    @Test
    void categoriesApplyToTheQuestionsAfterThem() {
        assertEquals("Trauma-informed care/Basics", named(all.questions(), "Safety first").category().value());
        assertEquals("Trauma-informed care/Formats", named(all.questions(), "HTML text").category().value());
    }

    @Test
    void singleChoiceWithFeedbackAndGeneralFeedback() {
        QuestionDefinition q = q("Safety first");
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals(List.of("100", "0", "0"), credits(q));
        assertEquals("Physical and emotional safety", q.answers().get(0).text().text());
        assertEquals("Right: nothing else works until the child feels safe.", q.answers().get(0).feedback().text());
        assertTrue(q.generalFeedback().text().startsWith("Safety, trust and choice"));
        assertEquals(TextFormat.MOODLE, q.text().format());
    }

    @Test
    void weightsWithoutAnEqualsSignMakeMultipleResponseWithNegativeMarks() {
        assertEquals(QuestionType.MULTIPLE_RESPONSE, q("Signs of stress").type());
        assertEquals(List.of("50", "50", "-100"), credits(q("Signs of stress")));
        assertEquals(List.of("33.33333", "33.33333", "33.33334", "-50"), credits(q("Thirds")));
    }

    @Test
    void trueFalseKeepsFeedbackForEachSide() {
        QuestionDefinition q = q("Confidentiality");
        assertEquals(QuestionType.TRUE_FALSE, q.type());
        Answer yes = q.answers().get(0);
        Answer no = q.answers().get(1);
        assertEquals("0", yes.credit().percent().toPlainString());
        assertEquals("100", no.credit().percent().toPlainString());
        assertTrue(yes.feedback().text().startsWith("Wrong"), "choosing true is the wrong answer");
        assertTrue(no.feedback().text().startsWith("Right"));
        assertTrue(q("True one").answers().get(0).credit().full());
    }

    @Test
    void answersInsideASentenceLeaveABlank() {
        QuestionDefinition q = q("Grant is _____ in Grant's tomb.");
        assertEquals("Grant is _____ in Grant's tomb.", q.text().text());
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("entombed", q.answers().get(1).text().text());
    }

    @Test
    void shortAnswersWithWeightsAndWildcards() {
        QuestionDefinition q = q("Key term");
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
        assertEquals(List.of("100", "100", "50"), credits(q));
        assertEquals("Close enough.", q.answers().get(1).feedback().text());
        QuestionDefinition w = q("Wildcard");
        assertEquals("UN*Convention*", w.answers().get(0).text().text());
        assertTrue(w.grade(Response.text("UN Convention on the Rights of the Child")).credit().full());
        assertEquals("75", w.grade(Response.text("children's rights")).credit().percent().toPlainString());
    }

    @Test
    void numericalAnswersWithToleranceRangesAndSeveralAnswers() {
        assertEquals(new BigDecimal("1989"), new BigDecimal(q("Year").answers().get(0).text().text()));
        assertEquals(BigDecimal.ZERO, q("Year").answers().get(0).tolerance());
        assertEquals(BigDecimal.ONE, q("Tolerance").answers().get(0).tolerance());
        Answer range = q("Range").answers().get(0);
        assertEquals("5", range.text().text());
        assertEquals(BigDecimal.ONE, range.tolerance());
        assertEquals("Any value in the range is accepted.", q("Range").generalFeedback().text());
        QuestionDefinition several = q("Several numbers");
        assertEquals(List.of("100", "50", "0"), credits(several));
        assertEquals("*", several.answers().get(2).text().text());
        assertTrue(several.answers().get(2).feedback().text().startsWith("Not quite"));
        assertEquals("50", several.grade(Response.text("1.9")).credit().percent().toPlainString());
    }

    @Test
    void matchingPairs() {
        QuestionDefinition q = q("Match roles");
        assertEquals(QuestionType.MATCHING, q.type());
        assertEquals(3, q.pairs().size());
        assertEquals("Psychologist", q.pairs().get(0).prompt().text());
        assertEquals("Housing and benefits", q.pairs().get(1).answer());
        assertTrue(q.grade(Response.matches(Map.of(0, "Assessment of trauma symptoms", 1, "Housing and benefits",
                2, "Individual education plan"))).credit().full());
    }

    @Test
    void essaysAndDescriptions() {
        assertEquals(QuestionType.ESSAY, q("Reflection").type());
        assertEquals(QuestionType.ESSAY, q("Essay with feedback").type());
        assertEquals("Markers look for concrete examples.", q("Essay with feedback").generalFeedback().text());
        assertEquals(QuestionType.DESCRIPTION, q("Introduction").type());
    }

    @Test
    void textFormatsApplyToQuestionsAnswersAndFeedback() {
        QuestionDefinition html = q("HTML text");
        assertEquals(TextFormat.HTML, html.text().format());
        assertEquals("<p>Which of these is <strong>not</strong> a principle?</p>", html.text().text());
        assertEquals(TextFormat.PLAIN, html.answers().get(0).text().format());
        assertEquals(TextFormat.HTML, html.answers().get(0).feedback().format());
        assertEquals(TextFormat.HTML, html.answers().get(1).text().format(), "answers inherit the question's format");
        assertEquals(TextFormat.MARKDOWN, q("Markdown").text().format());
        assertEquals("Use <angle brackets> literally here.", q("Plain").text().text());
        assertEquals(TextFormat.PLAIN, q("Plain").text().format());
        assertEquals(TextFormat.MOODLE, q("Moodle format").text().format());
    }

    @Test
    void escapesAndLineBreaks() {
        QuestionDefinition q = q("Escapes");
        assertEquals("Which characters need a backslash in GIFT: ~ = # { } and \\ ?", q.text().text());
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
        assertEquals("all of them: ~=#{}", q.answers().get(0).text().text());
        assertEquals("First line\nsecond line", q("Line break").text().text());
    }

    @Test
    void malformedQuestionsAreReportedWithTheirLinesAndTheOthersStillRead() {
        ImportPreview preview = new GiftReader().read(Fixtures.read("malformed.gift"));
        assertEquals(List.of("Good one", "Another good one"), preview.questions().stream().map(q -> q.definition().name()).toList());
        assertEquals(List.of(5, 7, 9, 11, 13, 15, 17, 19, 21, 23), preview.problems().stream().map(ImportProblem::line).toList());
        assertEquals(List.of("exchange.gift.braces", "exchange.gift.braces", "exchange.gift.weight", "exchange.gift.weight",
                        "exchange.gift.matchingArrow", "question.numerical.notNumber", "exchange.gift.rangeReversed",
                        "exchange.gift.braces", "exchange.gift.titleUnclosed", "question.answers.tooFew"),
                preview.problems().stream().map(ImportProblem::messageKey).toList());
        assertEquals("%abc%", preview.problems().get(2).arguments().get(0));
        assertFalse(preview.clean());
    }

    @Test
    void anEmptyFileHasNoQuestionsAndNoProblems() {
        ImportPreview preview = new GiftReader().read("// only a comment\n\n\n");
        assertTrue(preview.questions().isEmpty());
        assertTrue(preview.problems().isEmpty());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreFine() {
        ImportPreview preview = new GiftReader().read("\uFEFF::A::Yes?{T}\r\n\r\n::B::No?{F}\r\n");
        assertEquals(2, preview.questions().size());
        assertEquals(3, preview.questions().get(1).line());
    }

    @Test
    void aTitleWithMarkupIsKeptAsPlainTextAsMoodleKeepsIt() {
        ImportPreview read = new GiftReader().read("::<b>Week 1</b> check:: Rest matters. {T}\n");
        assertEquals("Week 1 check", read.questions().get(0).definition().name());
    }
}
