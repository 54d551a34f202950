package org.practica.assessments.infrastructure.exchange;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.exchange.ImportPreview;
import org.practica.assessments.domain.exchange.ImportProblem;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Response;
import org.practica.assessments.domain.question.TextFormat;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practica.assessments.infrastructure.exchange.Fixtures.named;

class MoodleXmlReaderTest {

    private static ImportPreview all;

    @BeforeAll
    static void readFixture() {
        all = new MoodleXmlReader().read(Fixtures.read("all-types.xml"));
    }

    private static QuestionDefinition q(String name) {
        return named(all.questions(), name).definition();
    }

    @Test
    void readsEveryQuestionWithItsCategoryAndLine() {
        assertEquals(List.of(), all.problems());
        assertEquals(12, all.questions().size());
        assertEquals("Journalism/Ethics", named(all.questions(), "Consent of a minor").category().value());
        assertEquals("Journalism/Writing", named(all.questions(), "Headline").category().value());
        assertEquals(9, named(all.questions(), "Consent of a minor").line());
    }

    @Test
    void multichoiceSingleAndMultiple() {
        QuestionDefinition single = q("Consent of a minor");
        assertEquals(QuestionType.SINGLE_CHOICE, single.type());
        assertEquals(TextFormat.HTML, single.text().format());
        assertEquals(new BigDecimal("2"), single.options().defaultMark());
        assertTrue(single.options().shuffleAnswers());
        assertEquals("-25", single.answers().get(2).credit().percent().toPlainString());
        assertEquals("No: the editor cannot consent for a child.", single.answers().get(1).feedback().text());
        QuestionDefinition multiple = q("Identifying details");
        assertEquals(QuestionType.MULTIPLE_RESPONSE, multiple.type());
        assertFalse(multiple.options().shuffleAnswers());
        assertEquals(TextFormat.MOODLE, multiple.text().format());
        assertEquals(TextFormat.MOODLE, multiple.answers().get(0).text().format(), "answers without a format inherit the question's");
    }

    @Test
    void trueFalseShortAnswerWithCase() {
        QuestionDefinition tf = q("Blurring faces");
        assertEquals(QuestionType.TRUE_FALSE, tf.type());
        assertTrue(tf.answers().get(1).credit().full());
        assertEquals(TextFormat.PLAIN, tf.text().format());
        QuestionDefinition sa = q("Guideline body");
        assertTrue(sa.options().caseSensitive());
        assertTrue(sa.grade(Response.text("UNICEF")).credit().full());
        assertEquals("0", sa.grade(Response.text("unicef")).credit().percent().toPlainString());
    }

    @Test
    void numericalWithToleranceAndUnits() {
        QuestionDefinition q = q("Distance");
        assertEquals(3, q.answers().size());
        assertEquals(new BigDecimal("100"), q.answers().get(1).tolerance());
        assertEquals(2, q.options().units().size());
        assertTrue(q.grade(Response.text("2.5 km")).credit().full());
        assertEquals("50", q.grade(Response.text("2450 m")).credit().percent().toPlainString());
        assertEquals("One kilometre is a thousand metres.", q.grade(Response.text("3 km")).feedback().get(0).text());
    }

    @Test
    void matchingWithADistractor() {
        QuestionDefinition q = q("Match sources");
        assertEquals(4, q.pairs().size());
        assertTrue(q.pairs().get(3).distractor());
        assertEquals("Anonymity", q.pairs().get(2).answer());
    }

    @Test
    void essayAndDescription() {
        assertEquals(QuestionType.ESSAY, q("Headline").type());
        assertEquals(new BigDecimal("5"), q("Headline").options().defaultMark());
        assertEquals(QuestionType.DESCRIPTION, q("About this part").type());
        assertEquals(TextFormat.MARKDOWN, q("About this part").text().format());
    }

    @Test
    void scriptsAndEventHandlersAreRemovedFromHtml() {
        QuestionDefinition q = q("Script & markup");
        String html = q.text().text();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("Name the safe way"), html);
    }

    @Test
    void brokenXmlIsOneProblemAtTheLineWhereItBroke() {
        ImportPreview preview = new MoodleXmlReader().read(Fixtures.read("broken.xml"));
        assertTrue(preview.questions().isEmpty());
        assertEquals(1, preview.problems().size());
        assertEquals("exchange.xml.broken", preview.problems().get(0).messageKey());
        assertEquals(8, preview.problems().get(0).line());
    }

    @Test
    void unknownAndUnsupportedTypesAndBadValuesAreReportedOneByOne() {
        ImportPreview preview = new MoodleXmlReader().read(Fixtures.read("unknown-types.xml"));
        assertEquals(List.of("Still fine"), preview.questions().stream().map(q -> q.definition().name()).toList());
        assertEquals(List.of("exchange.xml.typeNotSupported", "exchange.xml.typeUnknown", "question.credit.range",
                "exchange.xml.number", "question.credit.notOnList"), preview.problems().stream().map(ImportProblem::messageKey).toList());
        assertEquals(List.of(3, 7, 11, 17, 22), preview.problems().stream().map(ImportProblem::line).toList());
        assertEquals("33 %", preview.problems().get(4).arguments().get(0));
        assertEquals("banana", preview.problems().get(1).arguments().get(0));
    }

    @Test
    void documentTypeDeclarationsAreRefusedSoNoFileCanBeRead() {
        ImportPreview preview = new MoodleXmlReader().read(Fixtures.read("entity.xml"));
        assertTrue(preview.questions().isEmpty());
        assertEquals("exchange.xml.broken", preview.problems().get(0).messageKey());
    }

    @Test
    void aFileThatIsNotAQuizIsRefused() {
        ImportPreview preview = new MoodleXmlReader().read("<?xml version=\"1.0\"?><html><body/></html>");
        assertEquals("exchange.xml.notQuiz", preview.problems().get(0).messageKey());
    }

    @Test
    void aNameWithMarkupIsKeptAsPlainTextAsMoodleKeepsIt() {
        ImportPreview read = new MoodleXmlReader().read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz><question type="truefalse"><name><text><![CDATA[<i>Rest</i>   matters]]></text></name>
                <questiontext format="html"><text>Rest matters.</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>
                """);
        assertEquals(List.of(), read.problems());
        assertEquals("Rest matters", read.questions().get(0).definition().name());
    }
}
