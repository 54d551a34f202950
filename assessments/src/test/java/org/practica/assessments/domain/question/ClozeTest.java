package org.practica.assessments.domain.question;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cloze questions read and graded as Moodle's multianswer question type does, on the cases of its
 * own tests (question type, question and XML format tests), rewritten here.
 */
class ClozeTest {

    /** Moodle's "twosubq" test question: a short answer and a drop-down. */
    static final String TWO_GAPS = "Complete this opening line of verse: \"The {1:SHORTANSWER:Dog#Wrong, silly!~=Owl#Well done!~*#Wrong answer} "
            + "and the {1:MULTICHOICE:Bow-wow#You seem to have a dog obsessions!~Wiggly worm#Now you are just being ridiculous!~=Pussy-cat#Well done!} went to sea\".";

    static QuestionDefinition cloze(String text) {
        return new QuestionDefinition("Simple multianswer", QuestionType.CLOZE, new FormattedText(text, TextFormat.HTML), null,
                List.of(), List.of(), null);
    }

    private static String credit(QuestionDefinition q, Map<Integer, Response> parts) {
        return q.grade(Response.parts(parts)).credit().value().toPlainString();
    }

    @Test
    void twoGapsAreReadWithTheirAnswersCreditsAndFeedback() {
        QuestionDefinition q = cloze(TWO_GAPS);
        ClozeText cloze = q.cloze();
        assertEquals(2, cloze.gaps().size());
        ClozeGap sa = cloze.gap(1);
        assertEquals(GapKind.SHORT_ANSWER, sa.kind());
        assertEquals(List.of("Dog", "Owl", "*"), sa.answers().stream().map(a -> a.text().text()).toList());
        assertEquals(List.of("0", "1", "0"), sa.answers().stream().map(a -> a.credit().value().toPlainString()).toList());
        assertEquals(List.of("Wrong, silly!", "Well done!", "Wrong answer"), sa.answers().stream().map(a -> a.feedback().text()).toList());
        ClozeGap mc = cloze.gap(2);
        assertEquals(GapKind.DROPDOWN, mc.kind());
        assertFalse(mc.shuffled());
        assertEquals(List.of("Bow-wow", "Wiggly worm", "Pussy-cat"), mc.answers().stream().map(a -> a.text().text()).toList());
        assertEquals(List.of("0", "0", "1"), mc.answers().stream().map(a -> a.credit().value().toPlainString()).toList());
        assertEquals(new BigDecimal("2"), q.options().defaultMark(), "worth its gaps' weights, as Moodle sets it");
        assertEquals("Complete this opening line of verse: \"The {#1} and the {#2} went to sea\".",
                cloze.replacing(g -> "{#" + g.number() + "}"));
    }

    @Test
    void gradedPerGapAsMoodleGradesIt() {
        QuestionDefinition q = cloze(TWO_GAPS);
        assertEquals("1", credit(q, Map.of(1, Response.text("Owl"), 2, Response.choice(2))));
        assertEquals("0.5", credit(q, Map.of(1, Response.text("Owl"))));
        assertEquals("0.5", credit(q, Map.of(1, Response.text("Goat"), 2, Response.choice(2))));
        assertEquals("0", credit(q, Map.of(1, Response.text("Dog"))));
        assertEquals(List.of("Well done!", "Well done!"),
                q.grade(Response.parts(Map.of(1, Response.text("owl"), 2, Response.choice(2)))).feedback().stream().map(FormattedText::text).toList());
    }

    @Test
    void weightsCountAsMarks() {
        QuestionDefinition q = cloze("{3:SA:=Geneva} conventions were signed in {1:NM:=1949:0}.");
        assertEquals(new BigDecimal("4"), q.options().defaultMark());
        assertEquals("0.75", credit(q, Map.of(1, Response.text("geneva"), 2, Response.text("1950"))));
        assertEquals("0.25", credit(q, Map.of(2, Response.text("1949"))));
    }

    @Test
    void everyMultipleChoiceVariantHasItsLayoutShufflingAndCredits() {
        String[] kinds = {"MULTICHOICE", "MC", "MULTICHOICE_S", "MCS", "MULTICHOICE_H", "MCH", "MULTICHOICE_HS", "MCHS",
                "MULTICHOICE_V", "MCV", "MULTICHOICE_VS", "MCVS"};
        StringBuilder text = new StringBuilder("<p>Match the following cities with the correct state:</p><ul>");
        for (int i = 0; i < kinds.length; i++) {
            text.append(i % 2 == 0
                    ? "<li>San Francisco:{1:" + kinds[i] + ":=California#OK~%33.33333%Ohio#Not really~Arizona#Wrong}</li>"
                    : "<li>Tucson:{1:" + kinds[i] + ":%0%California#Wrong~%33,33333%Ohio#Not really~=Arizona#OK}</li>");
        }
        ClozeText cloze = cloze(text.append("</ul>").toString()).cloze();
        assertEquals(12, cloze.gaps().size());
        for (ClozeGap gap : cloze.gaps()) {
            int key = gap.number();
            assertEquals(key == 1 || key == 2 || key == 5 || key == 6 || key == 9 || key == 10 ? false : true, gap.shuffled(), "gap " + key);
            GapKind layout = key <= 4 ? GapKind.DROPDOWN : key <= 8 ? GapKind.RADIO_HORIZONTAL : GapKind.RADIO_VERTICAL;
            assertEquals(layout, gap.kind(), "gap " + key);
            for (Answer a : gap.answers()) {
                String expected = switch (a.feedback().text()) {
                    case "OK" -> "1";
                    case "Wrong" -> "0";
                    default -> "0.3333333";
                };
                assertEquals(expected, a.credit().value().toPlainString(), "gap " + key + " " + a.text().text());
            }
        }
    }

    @Test
    void dollarSignsAndCommasStayInTheAnswers() {
        ClozeGap gap = cloze("Which is the right order? {1:MULTICHOICE:=y,y,$3~$3,y,y}").cloze().gap(1);
        assertEquals(List.of("y,y,$3", "$3,y,y"), gap.answers().stream().map(a -> a.text().text()).toList());
    }

    @Test
    void multipleResponseAndNumbersWithTolerance() {
        QuestionDefinition q = cloze("Fruit: {2:MULTIRESPONSE:%50%Apple#Good~%-50%Burger~%50%Orange} "
                + "Answer: {1:NUMERICAL:=23.8:0.1#Right~%50%23.8:2#Close~*#No}");
        ClozeText cloze = q.cloze();
        assertEquals(GapKind.CHECKBOX_VERTICAL, cloze.gap(1).kind());
        assertEquals(new BigDecimal("0.1"), cloze.gap(2).answers().get(0).tolerance());
        assertEquals("1", credit(q, Map.of(1, Response.choices(List.of(0, 2)), 2, Response.text("23.85"))));
        assertEquals("0.5", credit(q, Map.of(1, Response.choices(List.of(0, 1, 2)), 2, Response.text("22"))),
                "the burger costs half the gap's credit, the number earns half");
        assertEquals("0", credit(q, Map.of(1, Response.choices(List.of(1)), 2, Response.text("99"))));
    }

    @Test
    void caseCountsOnlyWhereTheGapSaysSo() {
        QuestionDefinition q = cloze("{1:SHORTANSWER_C:=UNHCR} and {1:SA:=unicef}");
        assertEquals("0.5", credit(q, Map.of(1, Response.text("unhcr"), 2, Response.text("UNICEF"))));
    }

    @Test
    void escapedCharactersAreTheCharactersThemselves() {
        ClozeGap gap = cloze("{1:SA:=a\\~b\\}c\\#d#it\\'s fine~=x\\/y}").cloze().gap(1);
        assertEquals("a~b}c#d", gap.answers().get(0).text().text());
        assertEquals("x/y", gap.answers().get(1).text().text());
    }

    @Test
    void bracesThatAreNotEmbeddedAnswersAreText() {
        ClozeText cloze = cloze("Sets {1, 2} and {x:FOO:y} then {:SA:=ok}").cloze();
        assertEquals(1, cloze.gaps().size());
        assertEquals(1, cloze.gap(1).weight(), "no weight means one mark");
        assertEquals("Sets {1, 2} and {x:FOO:y} then ", cloze.pieces().get(0));
    }

    @Test
    void aTextWithoutGapsOrWithABrokenGapIsRefusedNamingTheGap() {
        assertEquals("question.cloze.noGaps", assertThrows(InvalidInput.class, () -> cloze("No gaps here.")).messageKey());
        InvalidInput oneChoice = assertThrows(InvalidInput.class, () -> cloze("{1:SA:=ok} {1:MC:=only}"));
        assertEquals("question.cloze.tooFewChoices", oneChoice.messageKey());
        assertEquals(2, oneChoice.arguments()[0]);
        assertEquals("question.cloze.notNumber", assertThrows(InvalidInput.class, () -> cloze("{1:NM:=six}")).messageKey());
    }

    @Test
    void responsesToGapsThatDoNotExistOrDoNotFitAreRefused() {
        QuestionDefinition q = cloze(TWO_GAPS);
        assertEquals("question.response.outOfRange",
                assertThrows(InvalidInput.class, () -> q.check(Response.parts(Map.of(3, Response.text("x"))))).messageKey());
        assertEquals("question.response.outOfRange",
                assertThrows(InvalidInput.class, () -> q.check(Response.parts(Map.of(2, Response.choice(7))))).messageKey());
        assertEquals("question.response.partsRequired", assertThrows(InvalidInput.class, () -> q.check(Response.text("Owl"))).messageKey());
    }

    @Test
    void aGapWithoutFullCreditIsACaution() {
        List<Caution> cautions = cloze("{1:SA:%50%maybe} {1:MR:%50%a~%20%b}").cautions();
        assertEquals(List.of(new Caution("question.caution.gap.noFullCredit", 1), new Caution("question.caution.gap.sum", 2, "70")), cautions);
        assertTrue(cloze(TWO_GAPS).cautions().isEmpty());
    }
}
