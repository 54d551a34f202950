package org.practica.assessments.domain.question;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradingTest {

    private static FormattedText t(String s) {
        return new FormattedText(s, TextFormat.MOODLE);
    }

    private static Answer a(String text, double credit) {
        return Answer.of(t(text), Credit.of(credit), t("fb " + text));
    }

    private static Answer n(String value, String tolerance, double credit) {
        return new Answer(FormattedText.plain(value), Credit.of(credit), t("fb " + value), tolerance == null ? null : new BigDecimal(tolerance));
    }

    private static QuestionDefinition q(QuestionType type, List<Answer> answers) {
        return new QuestionDefinition("q", type, t("Question?"), null, answers, List.of(), null);
    }

    private static BigDecimal credit(QuestionDefinition q, Response r) {
        return q.grade(r).credit().value();
    }

    private static void assertCredit(String expected, QuestionDefinition q, Response r) {
        assertEquals(0, new BigDecimal(expected).compareTo(credit(q, r)), () -> "credit for " + r + " was " + credit(q, r));
    }

    @Test
    void singleChoiceEarnsTheCreditOfThePickIncludingAPenalty() {
        QuestionDefinition q = q(QuestionType.SINGLE_CHOICE, List.of(a("right", 1), a("half", 0.5), a("wrong", -0.25)));
        assertCredit("1", q, Response.choice(0));
        assertCredit("0.5", q, Response.choice(1));
        assertCredit("-0.25", q, Response.choice(2));
        assertEquals("fb half", q.grade(Response.choice(1)).feedback().get(0).text());
        assertEquals(new BigDecimal("-0.25"), q.minimumCredit().value());
    }

    @Test
    void multipleResponseAddsCreditsAndStaysBetweenNothingAndFull() {
        QuestionDefinition q = q(QuestionType.MULTIPLE_RESPONSE,
                List.of(a("a", 0.5), a("b", 0.5), a("c", -1), a("d", 0)));
        assertCredit("1", q, Response.choices(List.of(0, 1)));
        assertCredit("0.5", q, Response.choices(List.of(0)));
        assertCredit("0.5", q, Response.choices(List.of(0, 3)));
        assertCredit("0", q, Response.choices(List.of(0, 2)));
        assertCredit("0", q, Response.choices(List.of(0, 1, 2)));
        assertCredit("0", q, Response.choices(List.of()));
    }

    @Test
    void multipleResponseWithThirdsGivesFullCreditForAllThree() {
        QuestionDefinition q = q(QuestionType.MULTIPLE_RESPONSE,
                List.of(a("a", 0.3333333), a("b", 0.3333333), a("c", 0.3333334), a("d", -0.5)));
        assertCredit("1", q, Response.choices(List.of(0, 1, 2)));
        assertCredit("0.6666666", q, Response.choices(List.of(0, 1)));
        assertCredit("0", q, Response.choices(List.of(2, 3)));
    }

    @Test
    void multipleResponseCreditsThatDoNotAddUpAreACautionNotARefusal() {
        QuestionDefinition q = q(QuestionType.MULTIPLE_RESPONSE, List.of(a("a", 0.5), a("b", 0.4)));
        assertEquals(List.of(new Caution("question.caution.sum", "90")), q.cautions());
        // Moodle's own multichoice_19 fixture: two answers of 100 %; either earns full credit
        QuestionDefinition twice = q(QuestionType.MULTIPLE_RESPONSE, List.of(a("1", 0), a("2", 1), a("3", 0), a("4", 1)));
        assertEquals("question.caution.sum", twice.cautions().get(0).messageKey());
        assertCredit("1", twice, Response.choices(List.of(1)));
        assertCredit("1", twice, Response.choices(List.of(1, 3)));
    }

    @Test
    void trueFalseGradesEitherSide() {
        QuestionDefinition q = q(QuestionType.TRUE_FALSE, List.of(
                Answer.of(FormattedText.plain("true"), Credit.NONE, t("no")),
                Answer.of(FormattedText.plain("false"), Credit.FULL, t("yes"))));
        assertCredit("0", q, Response.truth(true));
        assertCredit("1", q, Response.truth(false));
        assertEquals("yes", q.grade(Response.truth(false)).feedback().get(0).text());
    }

    @Test
    void shortAnswerIgnoresCaseInAnyAlphabetByDefault() {
        QuestionDefinition q = q(QuestionType.SHORT_ANSWER, List.of(a("Resilience", 1), a("Устойчивость", 1)));
        assertCredit("1", q, Response.text("resilience"));
        assertCredit("1", q, Response.text("  RESILIENCE "));
        assertCredit("1", q, Response.text("устойчивость"));
        assertCredit("0", q, Response.text("resilient"));
        assertCredit("0", q, Response.text(""));
    }

    @Test
    void shortAnswerCanCompareCase() {
        QuestionDefinition q = new QuestionDefinition("q", QuestionType.SHORT_ANSWER, t("?"), null,
                List.of(a("UNICEF", 1)), List.of(), QuestionOptions.defaults(QuestionType.SHORT_ANSWER).withCaseSensitive(true));
        assertCredit("1", q, Response.text("UNICEF"));
        assertCredit("0", q, Response.text("unicef"));
    }

    @Test
    void shortAnswerWildcardsMatchAnyTextAndTheFirstMatchingAnswerDecides() {
        QuestionDefinition q = q(QuestionType.SHORT_ANSWER, List.of(a("UN*Convention*", 1), a("*child*rights*", 0.75), a("*", 0)));
        assertCredit("1", q, Response.text("UN Convention on the Rights of the Child"));
        assertCredit("1", q, Response.text("unconvention"));
        assertCredit("0.75", q, Response.text("the children's rights treaty"));
        assertCredit("0", q, Response.text("something else"));
        assertEquals("fb *", q.grade(Response.text("something else")).feedback().get(0).text());
    }

    @Test
    void anEscapedAsteriskIsLiteral() {
        QuestionDefinition q = q(QuestionType.SHORT_ANSWER, List.of(a("5\\*3", 1)));
        assertCredit("1", q, Response.text("5*3"));
        assertCredit("0", q, Response.text("5x3"));
    }

    @Test
    void wildcardAnswersDoNotTreatRegexCharactersSpecially() {
        QuestionDefinition q = q(QuestionType.SHORT_ANSWER, List.of(a("a.b (c)*", 1)));
        assertCredit("1", q, Response.text("a.b (c) and more"));
        assertCredit("0", q, Response.text("axb (c)"));
    }

    @Test
    void numericalToleranceIncludesBothEdgesExactly() {
        QuestionDefinition q = q(QuestionType.NUMERICAL, List.of(n("0.3", "0.1", 1)));
        assertCredit("1", q, Response.text("0.2"));
        assertCredit("1", q, Response.text("0.4"));
        assertCredit("1", q, Response.text("0.3"));
        assertCredit("0", q, Response.text("0.4000001"));
        assertCredit("0", q, Response.text("0.1999999"));
    }

    @Test
    void numericalReadsADecimalCommaSignsAndExponents() {
        QuestionDefinition q = q(QuestionType.NUMERICAL, List.of(n("1.5", "0", 1), n("-2000", "0", 1)));
        assertCredit("1", q, Response.text("1,5"));
        assertCredit("1", q, Response.text("+1.50"));
        assertCredit("1", q, Response.text("-2e3"));
        assertCredit("0", q, Response.text("one and a half"));
        assertEquals("question.response.notANumber",
                assertThrows(InvalidInput.class, () -> q.check(Response.text("one and a half"))).messageKey());
        assertEquals(Response.text("2,5 km").text(), q.check(Response.text("2,5 km")).text());
    }

    @Test
    void numericalFirstMatchingAnswerDecidesThenAnyOther() {
        QuestionDefinition q = q(QuestionType.NUMERICAL, List.of(n("1822", "0", 1), n("1822", "2", 0.5), n("*", null, 0)));
        assertCredit("1", q, Response.text("1822"));
        assertCredit("0.5", q, Response.text("1824"));
        assertCredit("0", q, Response.text("1825"));
        assertEquals("fb *", q.grade(Response.text("1825")).feedback().get(0).text());
    }

    @Test
    void numericalUnitsConvertToTheBaseUnit() {
        QuestionDefinition q = new QuestionDefinition("q", QuestionType.NUMERICAL, t("?"), null, List.of(n("2500", "0", 1)), List.of(),
                new QuestionOptions(BigDecimal.ONE, false, false,
                        List.of(new NumericalUnit("m", BigDecimal.ONE), new NumericalUnit("km", new BigDecimal("0.001"))), null, null, null));
        assertCredit("1", q, Response.text("2500"));
        assertCredit("1", q, Response.text("2500 m"));
        assertCredit("1", q, Response.text("2.5 km"));
        assertCredit("1", q, Response.text("2,5KM"));
        assertCredit("0", q, Response.text("2.5 miles"));
        assertCredit("0", q, Response.text("2.5"));
    }

    @Test
    void matchingEarnsTheShareOfRightPairs() {
        QuestionDefinition q = new QuestionDefinition("q", QuestionType.MATCHING, t("Match"), null, List.of(), List.of(
                new MatchPair(t("Psychologist"), "Assessment"),
                new MatchPair(t("Teacher"), "Education plan"),
                new MatchPair(t("Social worker"), "Housing"),
                new MatchPair(t(""), "Payment")), null);
        assertCredit("1", q, Response.matches(Map.of(0, "Assessment", 1, "Education plan", 2, "Housing")));
        assertCredit("0.6666667", q, Response.matches(Map.of(0, "Assessment", 1, "Education plan", 2, "Payment")));
        assertCredit("0.3333333", q, Response.matches(Map.of(0, "Assessment")));
        InvalidInput e = assertThrows(InvalidInput.class, () -> q.grade(Response.matches(Map.of(3, "Payment"))));
        assertEquals("question.response.outOfRange", e.messageKey());
        e = assertThrows(InvalidInput.class, () -> q.grade(Response.matches(Map.of(0, "Invented"))));
        assertEquals("question.response.notOffered", e.messageKey());
    }

    @Test
    void essaysWaitForATrainer() {
        QuestionDefinition q = q(QuestionType.ESSAY, List.of());
        Grade g = q.grade(Response.text("My answer"));
        assertTrue(g.isPending());
        assertNull(g.credit());
    }

    @Test
    void responsesOutOfRangeAreRefused() {
        QuestionDefinition q = q(QuestionType.SINGLE_CHOICE, List.of(a("right", 1), a("wrong", 0)));
        assertEquals("question.response.outOfRange", assertThrows(InvalidInput.class, () -> q.grade(Response.choice(2))).messageKey());
        assertEquals("question.response.outOfRange", assertThrows(InvalidInput.class, () -> q.grade(Response.choice(-1))).messageKey());
        assertEquals("question.response.choiceRequired", assertThrows(InvalidInput.class, () -> q.grade(Response.text("0"))).messageKey());
        QuestionDefinition m = q(QuestionType.MULTIPLE_RESPONSE, List.of(a("a", 0.5), a("b", 0.5)));
        assertEquals("question.response.duplicate", assertThrows(InvalidInput.class, () -> m.grade(Response.choices(List.of(0, 0)))).messageKey());
        assertEquals("question.response.outOfRange", assertThrows(InvalidInput.class, () -> m.grade(Response.choices(List.of(5)))).messageKey());
    }

    @Test
    void noResponseEarnsNothing() {
        QuestionDefinition q = q(QuestionType.SINGLE_CHOICE, List.of(a("right", 1), a("wrong", 0)));
        assertCredit("0", q, null);
    }

    @Test
    void creditsOutsideMinusOneToOneAreRefused() {
        assertEquals("question.credit.range", assertThrows(InvalidInput.class, () -> Credit.ofPercent(new BigDecimal("150"))).messageKey());
        assertEquals("question.credit.range", assertThrows(InvalidInput.class, () -> Credit.of(-1.01)).messageKey());
        assertEquals(new BigDecimal("33.33333"), Credit.ofPercent(new BigDecimal("33.33333")).percent());
    }

    @Test
    void aSingleChoiceWithoutFullCreditIsACautionAndSeveralFullCreditsAreFine() {
        assertEquals(List.of(new Caution("question.caution.noFullCredit")),
                q(QuestionType.SINGLE_CHOICE, List.of(a("a", 0.5), a("b", 0))).cautions());
        assertEquals(List.of(), q(QuestionType.SINGLE_CHOICE, List.of(a("a", 1), a("b", 1), a("c", 0))).cautions());
    }

    @Test
    void onlyTheGradesMoodleOffersGoBackToMoodle() {
        assertTrue(Credit.ofPercent(new BigDecimal("33.33333")).onMoodleList());
        assertTrue(Credit.ofPercent(new BigDecimal("-14.28571")).onMoodleList());
        assertTrue(Credit.ofPercent(new BigDecimal("5")).onMoodleList());
        assertFalse(Credit.ofPercent(new BigDecimal("33")).onMoodleList());
        assertFalse(Credit.ofPercent(new BigDecimal("67")).onMoodleList());
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> q(QuestionType.SINGLE_CHOICE, List.of(a("a", 0.33), a("b", 1), a("c", 0.67))).requireMoodleCredits());
        assertEquals("question.credit.notOnList", e.messageKey());
        assertEquals("33 %, 67 %", e.arguments()[0]);
    }

    @Test
    void anImageWithoutAlternativeTextIsACaution() {
        QuestionDefinition q = new QuestionDefinition("Map", QuestionType.ESSAY,
                new FormattedText("<p>Look <img src=\"/media/1/a.png\"> and <img src=\"/media/1/b.png\" alt=\"\"></p>", TextFormat.HTML),
                null, List.of(), List.of(), null);
        assertEquals(List.of(new Caution("question.caution.imageAlt", 1)), q.cautions());
    }
}
