package org.practica.assessments.domain.survey;

import org.junit.jupiter.api.Test;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.InvalidInput;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurveyTest {

    private static final Instant OPENED = Instant.parse("2026-06-01T09:00:00Z");

    private static final SurveyQuestion SCALE = new SurveyQuestion(SurveyQuestionKind.LIKERT, "The course was useful",
            List.of("Disagree", "Neither", "Agree"), List.of());
    private static final SurveyQuestion RATING = new SurveyQuestion(SurveyQuestionKind.RATING, "How likely would you recommend it?",
            List.of("Not at all", "Certainly"), List.of());
    private static final SurveyQuestion APPLIED = new SurveyQuestion(SurveyQuestionKind.CHOICE, "Have you applied the risk assessment?",
            List.of("Yes, often", "Once or twice", "Not yet"), List.of(0, 1));
    private static final SurveyQuestion WORDS = new SurveyQuestion(SurveyQuestionKind.FREE_TEXT, "What would you change?", List.of(), List.of());

    private static Survey survey(SurveyKind kind, Integer weeks, Anonymity anonymity, SurveyQuestion... questions) {
        Survey survey = new Survey(new CourseId(7), new Survey.Design("Evaluation", kind, weeks, anonymity, List.of(questions)),
                "trainer", OPENED.minus(Duration.ofDays(1)));
        try {
            Field id = Survey.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(survey, 11L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return survey;
    }

    private static Set<String> refusedFields(Runnable rule) {
        InvalidInput refused = assertThrows(InvalidInput.class, rule::run);
        return refused.all().stream().map(InvalidInput::field).collect(Collectors.toSet());
    }

    @Test
    void everyDesignProblemIsRefusedAtItsFieldAtOnce() {
        Set<String> fields = refusedFields(() -> new Survey.Design(" ", SurveyKind.FOLLOW_UP, 0, Anonymity.CONFIDENTIAL, List.of(
                new SurveyQuestion(SurveyQuestionKind.LIKERT, "Two points only", List.of("No", "Yes"), List.of()),
                new SurveyQuestion(SurveyQuestionKind.RATING, "", List.of(), List.of()),
                new SurveyQuestion(SurveyQuestionKind.CHOICE, "Marks all", List.of("A", "B"), List.of(0, 1)),
                new SurveyQuestion(SurveyQuestionKind.RATING, "Marks a rating", List.of(), List.of(0)),
                WORDS)).checked());
        assertEquals(Set.of("title", "weeksAfter", "questions[0].options", "questions[1].text", "questions[2].applied",
                "questions[3].applied", "questions[4].kind"), fields);
    }

    @Test
    void freeWordsAreAllowedOnlyWhenNobodyIsNamed() {
        assertEquals(Set.of("questions[0].kind"), refusedFields(() -> survey(SurveyKind.END_OF_COURSE, null, Anonymity.CONFIDENTIAL, WORDS)));
        assertEquals(1, survey(SurveyKind.END_OF_COURSE, null, Anonymity.ANONYMOUS, WORDS).questions().size());
    }

    @Test
    void anOpenSurveyIsFixedAndAClosedOneAsksNobody() {
        Survey survey = survey(SurveyKind.END_OF_COURSE, null, Anonymity.ANONYMOUS, SCALE);
        survey.open(OPENED);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> survey.redesign(
                new Survey.Design("Other", SurveyKind.END_OF_COURSE, null, Anonymity.CONFIDENTIAL, List.of(SCALE))));
        assertEquals("survey.notDraft", refused.messageKey());
        assertEquals(Anonymity.ANONYMOUS, survey.anonymity());
        assertTrue(survey.asks(OPENED.plus(Duration.ofDays(2)), OPENED.plus(Duration.ofDays(3))));
        survey.close(OPENED.plus(Duration.ofDays(4)));
        assertFalse(survey.asks(OPENED.plus(Duration.ofDays(2)), OPENED.plus(Duration.ofDays(5))));
        Survey empty = survey(SurveyKind.END_OF_COURSE, null, Anonymity.ANONYMOUS);
        assertEquals("survey.noQuestions", assertThrows(InvalidInput.class, () -> empty.open(OPENED)).messageKey());
    }

    @Test
    void aFollowUpAsksTheChosenWeeksAfterCompletingAndNotThoseLongPast() {
        Survey survey = survey(SurveyKind.FOLLOW_UP, 12, Anonymity.CONFIDENTIAL, APPLIED);
        survey.open(OPENED);
        Instant completed = OPENED.plus(Duration.ofDays(10));
        Instant due = completed.plus(Duration.ofDays(84));
        assertEquals(due, survey.momentFor(completed));
        assertFalse(survey.asks(completed, due.minusSeconds(1)), "not before twelve weeks");
        assertTrue(survey.asks(completed, due));
        // whose twelve weeks came up to four weeks before it opened is still asked; earlier ones are not
        assertTrue(survey.asks(OPENED.minus(Duration.ofDays(84 + 27)), OPENED));
        assertFalse(survey.asks(OPENED.minus(Duration.ofDays(84 + 29)), OPENED));
        assertFalse(survey.asks(null, due), "nobody who has not completed");
    }

    @Test
    void answersMustFitTheirQuestionsAndEveryMisfitIsNamed() {
        Survey survey = survey(SurveyKind.END_OF_COURSE, null, Anonymity.ANONYMOUS, SCALE, RATING, APPLIED, WORDS);
        survey.open(OPENED);
        Set<String> fields = refusedFields(() -> survey.check(List.of(new SurveyAnswer(List.of(0, 2), null, null),
                new SurveyAnswer(List.of(), 11, null), new SurveyAnswer(List.of(3), null, null), new SurveyAnswer(List.of(), 4, null))));
        assertEquals(Set.of("answers[0]", "answers[1]", "answers[2]", "answers[3]"), fields);
        assertEquals("survey.answer.none", assertThrows(InvalidInput.class, () -> survey.check(List.of())).messageKey());
        List<SurveyAnswer> kept = survey.check(List.of(SurveyAnswer.none(), new SurveyAnswer(null, 9, null)));
        assertEquals(4, kept.size(), "a question left out is kept as left out");
        assertEquals(9, kept.get(1).rating());
        assertFalse(kept.get(3).given());
        String tooLong = "x".repeat(SurveyAnswer.TEXT_MAX + 1);
        assertEquals(Set.of("answers[3]"), refusedFields(() -> survey.check(List.of(SurveyAnswer.none(), SurveyAnswer.none(),
                SurveyAnswer.none(), new SurveyAnswer(null, null, tooLong)))));
    }

    @Test
    void practiceChangedIsYesForAMarkedPickNoForAnotherAndUnknownWhenLeftOut() {
        Survey survey = survey(SurveyKind.FOLLOW_UP, 12, Anonymity.CONFIDENTIAL, SCALE, APPLIED);
        assertEquals(Boolean.TRUE, survey.practiceChanged(List.of(SurveyAnswer.none(), new SurveyAnswer(List.of(1), null, null))));
        assertEquals(Boolean.FALSE, survey.practiceChanged(List.of(new SurveyAnswer(List.of(2), null, null), new SurveyAnswer(List.of(2), null, null))));
        assertNull(survey.practiceChanged(List.of(new SurveyAnswer(List.of(2), null, null), SurveyAnswer.none())));
    }

    /** Seven made-up responses, added up by hand below. */
    @Test
    void theTallyCountsEachOptionTheMeansAndThePracticeChange() {
        Survey survey = survey(SurveyKind.END_OF_COURSE, null, Anonymity.ANONYMOUS, SCALE, RATING, APPLIED, WORDS);
        int[] scale = {2, 2, 1, 0, 2, -1, 2};       // -1: left out
        int[] rating = {10, 8, 7, -1, 9, 6, 10};
        int[] applied = {0, 1, 2, 2, -1, 0, 2};
        String[] words = {"More role play", null, "Shorter lessons", null, null, "A session on children", null};
        List<List<SurveyAnswer>> responses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            responses.add(List.of(
                    scale[i] < 0 ? SurveyAnswer.none() : new SurveyAnswer(List.of(scale[i]), null, null),
                    rating[i] < 0 ? SurveyAnswer.none() : new SurveyAnswer(List.of(), rating[i], null),
                    applied[i] < 0 ? SurveyAnswer.none() : new SurveyAnswer(List.of(applied[i]), null, null),
                    new SurveyAnswer(List.of(), null, words[i])));
        }
        SurveyTally tally = SurveyTally.of(survey, responses);
        assertEquals(7, tally.responses());
        SurveyTally.QuestionTally s = tally.questions().get(0);
        assertEquals(6, s.answered());
        assertEquals(List.of(1L, 1L, 4L), s.counts());
        // points counted 1 to 3: (3+3+2+1+3+3)/6 = 15/6 = 2.5
        assertEquals(new BigDecimal("2.5"), s.mean());
        SurveyTally.QuestionTally r = tally.questions().get(1);
        assertEquals(6, r.answered());
        assertEquals(11, r.counts().size());
        assertEquals(2L, r.counts().get(10));
        // (10+8+7+9+6+10)/6 = 50/6 = 8.33 -> 8.3
        assertEquals(new BigDecimal("8.3"), r.mean());
        // marked options 0 and 1 picked by three of the six who answered
        assertEquals(6, tally.practiceAnswered());
        assertEquals(3, tally.practiceChanged());
        assertEquals(List.of("A session on children", "More role play", "Shorter lessons"), tally.questions().get(3).words(),
                "in alphabetical order, not the order they came");
    }

    @Test
    void aConfidentialSurveysWordsAreNeverTallied() {
        Survey survey = survey(SurveyKind.END_OF_COURSE, null, Anonymity.ANONYMOUS, WORDS);
        try {
            Field anonymity = Survey.class.getDeclaredField("anonymity");
            anonymity.setAccessible(true);
            anonymity.set(survey, Anonymity.CONFIDENTIAL);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        SurveyTally tally = SurveyTally.of(survey, List.of(List.of(new SurveyAnswer(null, null, "Said with my name"))));
        assertEquals(1, tally.questions().get(0).answered());
        assertTrue(tally.questions().get(0).words().isEmpty());
    }
}
