package org.practica.assessments.infrastructure.exchange;

import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.assessments.domain.exchange.EmbeddedFile;
import org.practica.assessments.domain.exchange.ExportedQuestion;
import org.practica.assessments.domain.exchange.ImportPreview;
import org.practica.assessments.domain.exchange.ImportedQuestion;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.ClozeGap;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.GapKind;
import org.practica.assessments.domain.question.Hint;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionDetails;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.TextFormat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cases of Moodle's own tests of its XML format (question/format/xml/tests), rewritten: each
 * Moodle case's input read here must give what Moodle's importer gives, and each export must hold
 * what Moodle's exporter writes, so that Moodle reads it the same. Names follow Moodle's tests.
 */
class MoodleXmlCasesTest {

    private static ImportedQuestion read(String questionXml) {
        ImportPreview preview = new MoodleXmlReader().read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questionXml + "\n</quiz>");
        assertEquals(List.of(), preview.problems());
        assertEquals(1, preview.questions().size());
        return preview.questions().get(0);
    }

    private static QuestionDefinition q(String questionXml) {
        return read(questionXml).definition();
    }

    private static String export(QuestionDefinition d, EmbeddedFile... files) {
        return new MoodleXmlWriter().write(List.of(new ExportedQuestion(CategoryPath.TOP, d, List.of(files))));
    }

    /** Export, then import again: the same question, field by field. */
    private static void travelsBack(ImportedQuestion original) {
        String xml = new MoodleXmlWriter().write(List.of(new ExportedQuestion(original.category(), original.definition(), original.files())));
        ImportedQuestion again = read(xml.substring(xml.indexOf("<question type=\"", xml.indexOf("<question type=\"category\"") + 10), xml.lastIndexOf("</quiz>")));
        assertEquals(original.definition(), again.definition());
        assertEquals(original.files(), again.files());
    }

    private static List<String> texts(List<Answer> answers) {
        return answers.stream().map(a -> a.text().text()).toList();
    }

    private static List<String> credits(List<Answer> answers) {
        return answers.stream().map(a -> a.credit().value().toPlainString()).toList();
    }

    private static final String HINTS = """
            <question type="shortanswer">
                <name><text>Hinted</text></name>
                <questiontext format="html"><text>Name an amphibian.</text></questiontext>
                <answer fraction="100"><text>frog</text></answer>
                <hint>
                    <text>This is the first hint</text>
                    <clearwrong/>
                </hint>
                <hint>
                    <text>This is the second hint</text>
                    <shownumcorrect/>
                </hint>
            </question>""";

    @Test
    void test_import_hints_with_parts() {
        QuestionDetails d = q(HINTS).options().details();
        assertEquals(List.of(new Hint(new FormattedText("This is the first hint", TextFormat.HTML), false, true),
                new Hint(new FormattedText("This is the second hint", TextFormat.HTML), true, false)), d.hints());
    }

    @Test
    void test_import_no_hints_no_error() {
        assertEquals(List.of(), q(HINTS.replaceAll("(?s)<hint>.*</hint>", "")).options().details().hints());
    }

    @Test
    void test_write_hint_basic_and_with_parts() {
        String xml = export(q(HINTS));
        assertTrue(xml.matches("(?s).*<hint format=\"html\">\\s*<text>This is the first hint</text>\\s*<clearwrong/>\\s*</hint>.*"), xml);
        assertTrue(xml.matches("(?s).*<hint format=\"html\">\\s*<text>This is the second hint</text>\\s*<shownumcorrect/>\\s*</hint>.*"), xml);
        assertFalse(xml.contains("<options>"));
    }

    @Test
    void test_import_description() {
        QuestionDefinition d = q("""
                  <question type="description">
                    <name><text>A description</text></name>
                    <questiontext format="html"><text>The question text.</text></questiontext>
                    <generalfeedback><text>Here is some general feedback.</text></generalfeedback>
                    <defaultgrade>0</defaultgrade>
                    <penalty>0</penalty>
                    <hidden>0</hidden>
                    <tags>
                      <tag><text>tagDescription</text></tag>
                      <tag><text>tagTest</text></tag>
                    </tags>
                  </question>""");
        assertEquals(QuestionType.DESCRIPTION, d.type());
        assertEquals("A description", d.name());
        assertEquals(new FormattedText("The question text.", TextFormat.HTML), d.text());
        assertEquals("Here is some general feedback.", d.generalFeedback().text());
        assertEquals(BigDecimal.ZERO, d.options().defaultMark());
        assertEquals(BigDecimal.ZERO, d.options().details().penalty());
        assertEquals(List.of("tagDescription", "tagTest"), d.options().details().tags());
    }

    @Test
    void test_export_description() {
        String xml = export(new QuestionDefinition("A description", QuestionType.DESCRIPTION,
                new FormattedText("The question text.", TextFormat.HTML), new FormattedText("Here is some general feedback.", TextFormat.HTML),
                List.of(), List.of(), null));
        assertTrue(xml.matches("(?s).*<question type=\"description\">\\s*<name>\\s*<text>A description</text>\\s*</name>\\s*"
                + "<questiontext format=\"html\">\\s*<text>The question text.</text>\\s*</questiontext>\\s*"
                + "<generalfeedback format=\"html\">\\s*<text>Here is some general feedback.</text>\\s*</generalfeedback>\\s*"
                + "<defaultgrade>0</defaultgrade>\\s*<penalty>0</penalty>\\s*<hidden>0</hidden>\\s*<idnumber></idnumber>\\s*</question>.*"), xml);
    }

    @Test
    void test_import_essay_20() {
        QuestionDefinition d = q("""
                  <question type="essay">
                    <name><text>An essay</text></name>
                    <questiontext format="moodle_auto_format"><text>Write something.</text></questiontext>
                    <generalfeedback><text>I hope you wrote something interesting.</text></generalfeedback>
                    <defaultgrade>1</defaultgrade>
                    <penalty>0</penalty>
                    <hidden>0</hidden>
                    <tags>
                      <tag><text>tagEssay</text></tag>
                      <tag><text>tagEssay20</text></tag>
                      <tag><text>tagTest</text></tag>
                    </tags>
                  </question>""");
        assertEquals(TextFormat.MOODLE, d.text().format());
        var essay = d.options().details().essay();
        assertEquals("editor", essay.format());
        assertTrue(essay.required());
        assertEquals(15, essay.fieldLines());
        assertEquals(0, essay.attachments());
        assertEquals(0, essay.attachmentsRequired());
        assertEquals(FormattedText.empty(TextFormat.MOODLE), essay.graderInfo());
        assertEquals(FormattedText.empty(TextFormat.MOODLE), essay.template());
        assertEquals(List.of("tagEssay", "tagEssay20", "tagTest"), d.options().details().tags());
    }

    private static final String ESSAY_21 = """
              <question type="essay">
                <name><text>An essay</text></name>
                <questiontext format="moodle_auto_format"><text>Write something.</text></questiontext>
                <generalfeedback><text>I hope you wrote something interesting.</text></generalfeedback>
                <defaultgrade>1</defaultgrade>
                <penalty>0</penalty>
                <hidden>0</hidden>
                <responseformat>monospaced</responseformat>
                <responserequired>0</responserequired>
                <responsefieldlines>42</responsefieldlines>
                <attachments>-1</attachments>
                <attachmentsrequired>1</attachmentsrequired>
                <graderinfo format="html">
                    <text><![CDATA[<p>Grade <b>generously</b>!</p>]]></text>
                </graderinfo>
                <responsetemplate format="html">
                    <text><![CDATA[<p>Here is something <b>really</b> interesting.</p>]]></text>
                </responsetemplate>
                <tags>
                  <tag><text>tagEssay</text></tag>
                  <tag><text>tagEssay21</text></tag>
                  <tag><text>tagTest</text></tag>
                </tags>
              </question>""";

    @Test
    void test_import_essay_21() {
        QuestionDefinition d = q(ESSAY_21);
        var essay = d.options().details().essay();
        assertEquals("monospaced", essay.format());
        assertFalse(essay.required());
        assertEquals(42, essay.fieldLines());
        assertEquals(-1, essay.attachments());
        assertEquals(1, essay.attachmentsRequired());
        assertEquals(new FormattedText("<p>Grade <b>generously</b>!</p>", TextFormat.HTML), essay.graderInfo());
        assertEquals(new FormattedText("<p>Here is something <b>really</b> interesting.</p>", TextFormat.HTML), essay.template());
        assertEquals(List.of("tagEssay", "tagEssay21", "tagTest"), d.options().details().tags());
    }

    @Test
    void test_export_essay() {
        String xml = export(q(ESSAY_21));
        assertTrue(xml.matches("(?s).*<responseformat>monospaced</responseformat>\\s*<responserequired>0</responserequired>\\s*"
                + "<responsefieldlines>42</responsefieldlines>.*<attachments>-1</attachments>\\s*<attachmentsrequired>1</attachmentsrequired>.*"
                + "<graderinfo format=\"html\">\\s*<text><!\\[CDATA\\[<p>Grade <b>generously</b>!</p>]]></text>\\s*</graderinfo>\\s*"
                + "<responsetemplate format=\"html\">\\s*<text><!\\[CDATA\\[<p>Here is something <b>really</b> interesting.</p>]]></text>.*"), xml);
        travelsBack(read(ESSAY_21));
    }

    private static final String MATCH_19 = """
              <question type="matching">
                <name><text>Matching question</text></name>
                <questiontext format="html"><text>Match the upper and lower case letters.</text></questiontext>
                <generalfeedback><text>The answer is A -> a, B -> b and C -> c.</text></generalfeedback>
                <defaultgrade>1</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <shuffleanswers>false</shuffleanswers>
                <correctfeedback><text>Well done.</text></correctfeedback>
                <partiallycorrectfeedback><text>Not entirely.</text></partiallycorrectfeedback>
                <incorrectfeedback><text>Completely wrong!</text></incorrectfeedback>
                <subquestion><text>A</text><answer><text>a</text></answer></subquestion>
                <subquestion><text>B</text><answer><text>b</text></answer></subquestion>
                <subquestion><text>C</text><answer><text>c</text></answer></subquestion>
                <subquestion><text></text><answer><text>d</text></answer></subquestion>
                <hint><text>Hint 1</text><shownumcorrect /></hint>
                <hint><text></text><shownumcorrect /><clearwrong /></hint>
                <tags>
                  <tag><text>tagMatching</text></tag>
                  <tag><text>tagTest</text></tag>
                </tags>
              </question>""";

    @Test
    void test_import_match_19() {
        QuestionDefinition d = q(MATCH_19);
        assertEquals(QuestionType.MATCHING, d.type());
        assertFalse(d.options().shuffleAnswers());
        QuestionDetails details = d.options().details();
        assertEquals("Well done.", details.combined().correct().text());
        assertEquals("Not entirely.", details.combined().partiallyCorrect().text());
        assertEquals("Completely wrong!", details.combined().incorrect().text());
        assertFalse(details.combined().showNumCorrect());
        assertEquals("The answer is A -> a, B -> b and C -> c.", d.generalFeedback().text(), "no markup, so nothing to escape");
        assertEquals(new BigDecimal("0.3333333"), details.penalty());
        assertEquals(List.of("A", "B", "C", ""), d.pairs().stream().map(p -> p.prompt().text()).toList());
        assertEquals(List.of("a", "b", "c", "d"), d.pairs().stream().map(p -> p.answer()).toList());
        assertEquals(List.of(true, true), details.hints().stream().map(Hint::showNumCorrect).toList());
        assertEquals(List.of(false, true), details.hints().stream().map(Hint::clearWrong).toList());
        assertEquals(List.of("tagMatching", "tagTest"), details.tags());
    }

    @Test
    void test_export_match() {
        String xml = export(q(MATCH_19));
        assertTrue(xml.matches("(?s).*<penalty>0.3333333</penalty>\\s*<hidden>0</hidden>\\s*<idnumber></idnumber>\\s*"
                + "<shuffleanswers>false</shuffleanswers>\\s*<correctfeedback format=\"html\">\\s*<text>Well done.</text>\\s*</correctfeedback>\\s*"
                + "<partiallycorrectfeedback format=\"html\">\\s*<text>Not entirely.</text>\\s*</partiallycorrectfeedback>\\s*"
                + "<incorrectfeedback format=\"html\">\\s*<text>Completely wrong!</text>\\s*</incorrectfeedback>\\s*"
                + "<subquestion format=\"html\">\\s*<text>A</text>\\s*<answer>\\s*<text>a</text>\\s*</answer>\\s*</subquestion>.*"
                + "<hint format=\"html\">\\s*<text>Hint 1</text>\\s*<shownumcorrect/>\\s*</hint>\\s*"
                + "<hint format=\"html\">\\s*<text></text>\\s*<shownumcorrect/>\\s*<clearwrong/>\\s*</hint>.*"), xml);
        travelsBack(read(MATCH_19));
    }

    private static final String MULTICHOICE_19 = """
              <question type="multichoice">
                <name><text>Multiple choice question</text></name>
                <questiontext format="html"><text>Which are the even numbers?</text></questiontext>
                <generalfeedback><text>The even numbers are 2 and 4.</text></generalfeedback>
                <defaultgrade>2</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <single>false</single>
                <shuffleanswers>false</shuffleanswers>
                <answernumbering>abc</answernumbering>
                <correctfeedback><text><![CDATA[<p>Your answer is correct.</p>]]></text></correctfeedback>
                <partiallycorrectfeedback><text><![CDATA[<p>Your answer is partially correct.</p>]]></text></partiallycorrectfeedback>
                <incorrectfeedback><text><![CDATA[<p>Your answer is incorrect.</p>]]></text></incorrectfeedback>
                <shownumcorrect/>
                <answer fraction="0"><text>1</text><feedback><text></text></feedback></answer>
                <answer fraction="100"><text>2</text><feedback><text></text></feedback></answer>
                <answer fraction="0"><text>3</text><feedback><text></text></feedback></answer>
                <answer fraction="100"><text>4</text><feedback><text></text></feedback></answer>
                <hint><text>Hint 1.</text></hint>
                <hint><text>Hint 2.</text></hint>
              </question>""";

    @Test
    void test_import_multichoice_19() {
        QuestionDefinition d = q(MULTICHOICE_19);
        assertEquals(QuestionType.MULTIPLE_RESPONSE, d.type(), "two answers of 100 %: accepted, as Moodle accepts them");
        assertEquals(new BigDecimal("2"), d.options().defaultMark());
        assertFalse(d.options().shuffleAnswers());
        QuestionDetails details = d.options().details();
        assertEquals("abc", details.answerNumbering());
        assertEquals("<p>Your answer is correct.</p>", details.combined().correct().text());
        assertEquals("<p>Your answer is partially correct.</p>", details.combined().partiallyCorrect().text());
        assertEquals("<p>Your answer is incorrect.</p>", details.combined().incorrect().text());
        assertTrue(details.combined().showNumCorrect());
        assertEquals(List.of("1", "2", "3", "4"), texts(d.answers()));
        assertEquals(List.of("0", "1", "0", "1"), credits(d.answers()));
        assertEquals(List.of("Hint 1.", "Hint 2."), details.hints().stream().map(h -> h.text().text()).toList());
        assertEquals(List.of(false, false), details.hints().stream().map(Hint::showNumCorrect).toList());
        assertEquals("question.caution.sum", d.cautions().get(0).messageKey(), "a caution, not a refusal");
    }

    @Test
    void test_export_multichoice() {
        String xml = export(q(MULTICHOICE_19));
        assertTrue(xml.matches("(?s).*<defaultgrade>2</defaultgrade>\\s*<penalty>0.3333333</penalty>\\s*<hidden>0</hidden>\\s*"
                + "<idnumber></idnumber>\\s*<single>false</single>\\s*<shuffleanswers>false</shuffleanswers>\\s*"
                + "<answernumbering>abc</answernumbering>.*<correctfeedback format=\"html\">\\s*<text><!\\[CDATA\\[<p>Your answer is correct.</p>]]></text>.*"
                + "<shownumcorrect/>\\s*<answer fraction=\"0\" format=\"html\">\\s*<text>1</text>.*<answer fraction=\"100\" format=\"html\">\\s*<text>4</text>.*"
                + "<hint format=\"html\">\\s*<text>Hint 1.</text>\\s*</hint>\\s*<hint format=\"html\">\\s*<text>Hint 2.</text>\\s*</hint>.*"), xml);
        travelsBack(read(MULTICHOICE_19));
    }

    private static final String NUMERICAL_19 = """
              <question type="numerical">
                <name><text>Numerical question</text></name>
                <questiontext format="html"><text>What is the answer?</text></questiontext>
                <generalfeedback><text>General feedback: Think Hitch-hikers guide to the Galaxy.</text></generalfeedback>
                <defaultgrade>1</defaultgrade>
                <penalty>0.1</penalty>
                <hidden>0</hidden>
                <answer fraction="100"><text>42</text><feedback><text>Well done!</text></feedback><tolerance>0.001</tolerance></answer>
                <answer fraction="0"><text>13</text><feedback><text>What were you thinking?!</text></feedback><tolerance>1</tolerance></answer>
                <answer fraction="0"><text>*</text><feedback><text>Completely wrong.</text></feedback><tolerance></tolerance></answer>
              </question>""";

    @Test
    void test_import_numerical_19() {
        QuestionDefinition d = q(NUMERICAL_19);
        assertEquals(new BigDecimal("0.1"), d.options().details().penalty());
        assertEquals(List.of("42", "13", "*"), texts(d.answers()));
        assertEquals(List.of("1", "0", "0"), credits(d.answers()));
        assertEquals(List.of("Well done!", "What were you thinking?!", "Completely wrong."),
                d.answers().stream().map(a -> a.feedback().text()).toList());
        assertEquals(new BigDecimal("0.001"), d.answers().get(0).tolerance());
        assertEquals(BigDecimal.ONE, d.answers().get(1).tolerance());
    }

    @Test
    void test_export_numerical() {
        String xml = export(q(NUMERICAL_19));
        assertTrue(xml.matches("(?s).*<penalty>0.1</penalty>.*<answer fraction=\"100\" format=\"plain_text\">\\s*<text>42</text>\\s*"
                + "<feedback format=\"html\">\\s*<text>Well done!</text>\\s*</feedback>\\s*<tolerance>0.001</tolerance>.*"
                + "<answer fraction=\"0\" format=\"plain_text\">\\s*<text>\\*</text>.*"), xml);
        travelsBack(read(NUMERICAL_19));
    }

    private static final String SHORTANSWER_19 = """
              <question type="shortanswer">
                <name><text>Short answer question</text></name>
                <questiontext format="html"><text>Fill in the gap in this sequence: Alpha, ________, Gamma.</text></questiontext>
                <generalfeedback><text>The answer is Beta.</text></generalfeedback>
                <defaultgrade>1</defaultgrade>
                <penalty>0.3333333</penalty>
                <hidden>0</hidden>
                <usecase>0</usecase>
                <answer fraction="100" format="plain_text"><text>Beta</text><feedback><text>Well done!</text></feedback></answer>
                <answer fraction="0" format="plain_text"><text>*</text><feedback><text>Doh!</text></feedback></answer>
                <hint><text>Hint 1</text></hint>
                <hint><text>Hint 2</text></hint>
              </question>""";

    @Test
    void test_import_shortanswer_19() {
        QuestionDefinition d = q(SHORTANSWER_19);
        assertFalse(d.options().caseSensitive());
        assertEquals(List.of("Beta", "*"), texts(d.answers()));
        assertEquals(List.of("1", "0"), credits(d.answers()));
        assertEquals(List.of("Well done!", "Doh!"), d.answers().stream().map(a -> a.feedback().text()).toList());
        assertEquals(2, d.options().details().hints().size());
    }

    @Test
    void test_export_shortanswer() {
        String xml = export(q(SHORTANSWER_19));
        assertTrue(xml.matches("(?s).*<idnumber></idnumber>\\s*<usecase>0</usecase>\\s*<answer fraction=\"100\" format=\"plain_text\">\\s*"
                + "<text>Beta</text>.*<hint format=\"html\">\\s*<text>Hint 1</text>\\s*</hint>.*"), xml);
        travelsBack(read(SHORTANSWER_19));
    }

    private static final String TRUEFALSE_19 = """
              <question type="truefalse">
                <name><text>True false question</text></name>
                <questiontext format="html"><text>The answer is true.</text></questiontext>
                <generalfeedback><text>General feedback: You should have chosen true.</text></generalfeedback>
                <defaultgrade>1</defaultgrade>
                <penalty>1</penalty>
                <hidden>0</hidden>
                <idnumber>TestIdNum1</idnumber>
                <answer fraction="100"><text>true</text><feedback><text>Well done!</text></feedback></answer>
                <answer fraction="0"><text>false</text><feedback><text>Doh!</text></feedback></answer>
              </question>""";

    @Test
    void test_import_truefalse_19_with_idnumber() {
        QuestionDefinition d = q(TRUEFALSE_19);
        assertEquals(BigDecimal.ONE, d.options().details().penalty());
        assertEquals("TestIdNum1", d.options().details().idNumber());
        assertTrue(d.answers().get(0).credit().full(), "the right answer is true");
        assertEquals("Well done!", d.answers().get(0).feedback().text());
        assertEquals("Doh!", d.answers().get(1).feedback().text());
        assertNull(q(TRUEFALSE_19.replace("<idnumber>TestIdNum1</idnumber>", "")).options().details().idNumber());
    }

    @Test
    void test_export_truefalse_with_idnumber() {
        String xml = export(q(TRUEFALSE_19));
        assertTrue(xml.matches("(?s).*<penalty>1</penalty>\\s*<hidden>0</hidden>\\s*<idnumber>TestIdNum1</idnumber>\\s*"
                + "<answer fraction=\"100\" format=\"plain_text\">\\s*<text>true</text>\\s*<feedback format=\"html\">\\s*<text>Well done!</text>.*"
                + "<answer fraction=\"0\" format=\"plain_text\">\\s*<text>false</text>.*"), xml);
        travelsBack(read(TRUEFALSE_19));
    }

    private static final String MULTIANSWER = """
              <question type="cloze">
                <name><text>Simple multianswer</text></name>
                <questiontext format="html">
                  <text><![CDATA[Complete this opening line of verse: "The {1:SHORTANSWER:Dog#Wrong, silly!~=Owl#Well done!~*#Wrong answer} and the {1:MULTICHOICE:Bow-wow#You seem to have a dog obsessions!~Wiggly worm#Now you are just being ridiculous!~=Pussy-cat#Well done!} went to sea".]]></text>
                </questiontext>
                <generalfeedback format="html">
                  <text><![CDATA[General feedback: It's from "The Owl and the Pussy-cat" by Lear: "The owl and the pussycat went to sea".]]></text>
                </generalfeedback>
                <penalty>0.5</penalty>
                <hidden>0</hidden>
                <hint format="html"><text>Hint 1</text></hint>
                <hint format="html"><text>Hint 2</text></hint>
                <tags>
                  <tag><text>tagCloze</text></tag>
                  <tag><text>tagTest</text></tag>
                </tags>
              </question>""";

    @Test
    void test_import_multianswer() {
        QuestionDefinition d = q(MULTIANSWER);
        assertEquals(QuestionType.CLOZE, d.type());
        assertEquals("Complete this opening line of verse: \"The {#1} and the {#2} went to sea\".", d.cloze().replacing(g -> "{#" + g.number() + "}"));
        assertEquals("General feedback: It's from \"The Owl and the Pussy-cat\" by Lear: \"The owl and the pussycat went to sea\".",
                d.generalFeedback().text(), "quotes come back as quotes");
        assertEquals(new BigDecimal("2"), d.options().defaultMark());
        assertEquals(new BigDecimal("0.5"), d.options().details().penalty());
        assertEquals(List.of("Hint 1", "Hint 2"), d.options().details().hints().stream().map(h -> h.text().text()).toList());
        ClozeGap sa = d.cloze().gap(1);
        assertEquals(GapKind.SHORT_ANSWER, sa.kind());
        assertEquals(List.of("Dog", "Owl", "*"), texts(sa.answers()));
        assertEquals(List.of("0", "1", "0"), credits(sa.answers()));
        ClozeGap mc = d.cloze().gap(2);
        assertEquals(GapKind.DROPDOWN, mc.kind());
        assertFalse(mc.shuffled());
        assertEquals(List.of("Bow-wow", "Wiggly worm", "Pussy-cat"), texts(mc.answers()));
        assertEquals(List.of("0", "0", "1"), credits(mc.answers()));
        assertEquals(List.of("tagCloze", "tagTest"), d.options().details().tags());
    }

    @Test
    void test_export_multianswer() {
        String xml = export(q(MULTIANSWER));
        assertTrue(xml.contains("<question type=\"cloze\">"), xml);
        assertTrue(xml.contains("<![CDATA[Complete this opening line of verse: \"The {1:SHORTANSWER:Dog#Wrong, silly!~=Owl#Well done!~*#Wrong answer}"), xml);
        assertFalse(xml.contains("<defaultgrade>"), "Moodle works the mark out itself");
        assertTrue(xml.matches("(?s).*<penalty>0.5</penalty>\\s*<hidden>0</hidden>\\s*<idnumber></idnumber>\\s*"
                + "<hint format=\"html\">\\s*<text>Hint 1</text>\\s*</hint>.*"), xml);
        travelsBack(read(MULTIANSWER));
    }

    @Test
    void test_export_multianswer_withdollars() {
        String xml = export(new QuestionDefinition("Multianswer with $s", QuestionType.CLOZE,
                new FormattedText("Which is the right order? {1:MULTICHOICE:=y,y,$3~$3,y,y}", TextFormat.HTML), null, List.of(), List.of(), null));
        assertTrue(xml.contains("<text>Which is the right order? {1:MULTICHOICE:=y,y,$3~$3,y,y}</text>"), xml);
    }

    @Test
    void test_import_files_as_draft() {
        ImportedQuestion q = read("""
                <question type="description">
                  <name><text>With a file</text></name>
                  <questiontext format="html">
                    <text><![CDATA[<p><a href="@@PLUGINFILE@@/moodle.txt">This text file</a> contains the word 'Moodle'.</p>]]></text>
                    <file name="moodle.txt" encoding="base64">TW9vZGxl</file>
                  </questiontext>
                </question>""");
        assertEquals(1, q.files().size());
        EmbeddedFile file = q.files().get(0);
        assertEquals("moodle.txt", file.name());
        assertEquals("/", file.path());
        assertEquals(6, file.content().length);
        assertTrue(q.definition().text().text().contains("href=\"@@PLUGINFILE@@/moodle.txt\""), "the link waits for the file to be stored");
        travelsBack(q);
    }

    @Test
    void test_import_truefalse_with_files() {
        ImportedQuestion q = read("""
                <question type="truefalse">
                    <name><text>truefalse</text></name>
                    <questiontext format="html">
                      <text><![CDATA[<p><a href="@@PLUGINFILE@@/myfolder/moodle.txt">This text file</a> contains the word Moodle.</p>]]></text>
                <file name="moodle.txt" path="/myfolder/" encoding="base64">TW9vZGxl</file>
                    </questiontext>
                    <generalfeedback format="html">
                      <text><![CDATA[<p>For further information, see the documentation about Moodle.</p>]]></text>
                </generalfeedback>
                    <defaultgrade>1.0000000</defaultgrade>
                    <penalty>1.0000000</penalty>
                    <hidden>0</hidden>
                    <answer fraction="100" format="moodle_auto_format"><text>true</text><feedback format="html"><text></text></feedback></answer>
                    <answer fraction="0" format="moodle_auto_format"><text>false</text><feedback format="html"><text></text></feedback></answer>
                  </question>""");
        EmbeddedFile file = q.files().get(0);
        assertEquals("/myfolder/", file.path());
        assertEquals("Moodle", new String(file.content(), StandardCharsets.UTF_8));
        assertEquals("@@PLUGINFILE@@/myfolder/moodle.txt", file.link());
        travelsBack(q);
    }

    @Test
    void test_xml_escape_simple_input_not_escaped_and_html_wrapped_in_cdata() {
        String plain = "Nothing funny here. Even if we go to a café or to 日本.";
        String xml = export(new QuestionDefinition("Plain", QuestionType.DESCRIPTION, FormattedText.plain(plain), null, List.of(), List.of(), null));
        assertTrue(xml.contains("<text>" + plain + "</text>"), xml);
        String html = "<p>Nothing <b>funny</b> here. Even if we go to a café or to 日本.</p>";
        xml = export(new QuestionDefinition("Html", QuestionType.DESCRIPTION, new FormattedText(html, TextFormat.HTML), null, List.of(), List.of(), null));
        assertTrue(xml.contains("<text><![CDATA[" + html + "]]></text>"), xml);
    }

    @Test
    void test_xml_escape_code_that_looks_like_cdata_end_ok() {
        String code = "if (x[[0]]>a) print('hah');";
        ImportedQuestion original = new ImportedQuestion(1, CategoryPath.TOP,
                new QuestionDefinition("Code", QuestionType.DESCRIPTION, FormattedText.plain(code + " & <more>"), null, List.of(), List.of(), null));
        String xml = export(original.definition());
        assertTrue(xml.contains("<![CDATA[if (x[[0]]]]><![CDATA[>a)"), xml);
        travelsBack(original);
    }
}
