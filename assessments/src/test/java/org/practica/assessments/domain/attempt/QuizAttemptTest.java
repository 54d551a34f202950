package org.practica.assessments.domain.attempt;

import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.Credit;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Response;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.assessments.domain.quiz.GradingMethod;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizSettings;
import org.practica.assessments.domain.quiz.QuizSlot;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizAttemptTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static FormattedText t(String s) {
        return new FormattedText(s, TextFormat.MOODLE);
    }

    private static final QuestionDefinition CHOICE = new QuestionDefinition("Choice", QuestionType.SINGLE_CHOICE, t("Pick"), null,
            List.of(Answer.of(t("right"), Credit.FULL, null), Answer.of(t("wrong"), Credit.of(-0.5), null)), List.of(), null);
    private static final QuestionDefinition WORD = new QuestionDefinition("Word", QuestionType.SHORT_ANSWER, t("Say"), null,
            List.of(Answer.of(FormattedText.plain("yes"), Credit.FULL, null)), List.of(), null);
    private static final QuestionDefinition ESSAY = new QuestionDefinition("Essay", QuestionType.ESSAY, t("Write"), null,
            List.of(), List.of(), null);

    private static final QuestionDefinition ESSAY_WITH_RUBRIC = new QuestionDefinition("Essay", QuestionType.ESSAY, t("Write"), null,
            List.of(), List.of(), new org.practica.assessments.domain.question.QuestionOptions(BigDecimal.ONE, false, false, List.of(),
            org.practica.assessments.domain.question.Rubric.parse("rubric", "Safety: no = 0 | yes = 3\nRespect: no = 0 | partly = 0.5 | yes = 1"), null, null));

    private static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Quiz quiz(Duration limit, int maxAttempts, Instant opens, Instant closes) {
        Quiz quiz = new Quiz(new CourseId(1), new ContentKey("abcdefabcdef"), new BankId(1), "Quiz", true,
                new QuizSettings(limit, maxAttempts, BigDecimal.valueOf(60), GradingMethod.HIGHEST, false, false, opens, closes, null),
                List.of(QuizSlot.fixed(1)), "trainer", NOW);
        setId(quiz, 7);
        return quiz;
    }

    /** The questions as the attempt's JSON column keeps them: with their language, and from rows written before it was kept. */
    @org.junit.jupiter.api.Test
    void theQuestionsAskedAreStoredWithTheirLanguageAndOlderRowsStillRead() {
        AttemptQuestionsColumn column = new AttemptQuestionsColumn();
        List<AttemptQuestion> asked = questions(CHOICE, WORD);
        String json = column.convertToDatabaseColumn(asked);
        List<AttemptQuestion> back = column.convertToEntityAttribute(json);
        org.junit.jupiter.api.Assertions.assertEquals(asked, back);
        org.junit.jupiter.api.Assertions.assertEquals("en", back.get(0).language());
        List<AttemptQuestion> older = column.convertToEntityAttribute(json.replace(",\"language\":\"en\"", "").replace("\"language\":\"en\",", ""));
        org.junit.jupiter.api.Assertions.assertNull(older.get(1).language(), "a row from before languages were kept");
        org.junit.jupiter.api.Assertions.assertEquals(asked.get(1).definition(), older.get(1).definition());
    }

    private static List<AttemptQuestion> questions(QuestionDefinition... defs) {
        List<AttemptQuestion> list = new ArrayList<>();
        for (int i = 0; i < defs.length; i++) {
            list.add(new AttemptQuestion(i + 1, 100 + i, defs[i], BigDecimal.valueOf(2), List.of(), "en"));
        }
        return list;
    }

    private static QuizAttempt started(Quiz quiz, QuestionDefinition... defs) {
        QuizAttempt a = QuizAttempt.start(quiz, "learner", 0, questions(defs), NOW);
        setId(a, 42);
        return a;
    }

    private static List<AttemptAnswer> saved(QuizAttempt a, Object... slotAndResponse) {
        List<AttemptAnswer> list = new ArrayList<>();
        for (int i = 0; i < slotAndResponse.length; i += 2) {
            int slot = (Integer) slotAndResponse[i];
            Response r = a.accept(slot, (Response) slotAndResponse[i + 1], NOW.plusSeconds(10));
            list.add(new AttemptAnswer(a.id(), slot, r, NOW.plusSeconds(10)));
        }
        return list;
    }

    @Test
    void anUntimedAttemptPreparedForOfflineIsBegunAndSubmittedAtTheDevicesTimes() {
        assertThrows(Conflict.class, () -> QuizAttempt.prepare(quiz(Duration.ofMinutes(20), 0, null, null), "learner", 0, questions(CHOICE), NOW),
                "a timed attempt needs the server to start it");
        QuizAttempt a = QuizAttempt.prepare(quiz(null, 2, null, null), "learner", 0, questions(CHOICE, WORD), NOW);
        setId(a, 43);
        assertEquals(AttemptStatus.PREPARED, a.status());
        assertThrows(Conflict.class, () -> a.accept(1, Response.choice(0), NOW), "not begun: nothing to save into");

        Instant begun = NOW.plus(Duration.ofHours(5));
        a.begin(begun);
        a.begin(begun.plusSeconds(400));
        assertEquals(AttemptStatus.IN_PROGRESS, a.status());
        assertEquals(begun, a.startedAt(), "begun once, at the first time told");

        Instant submitted = begun.plusSeconds(300);
        List<AttemptAnswer> graded = a.submit(List.of(new AttemptAnswer(a.id(), 1, a.accept(1, Response.choice(0), begun.plusSeconds(60)), begun.plusSeconds(60))),
                submitted, submitted.plus(Duration.ofHours(2)));
        assertEquals(2, graded.size());
        assertEquals(AttemptStatus.GRADED, a.status());
        assertEquals(submitted, a.submittedAt(), "the learner's submit, not when the line came back");
        assertEquals(0, BigDecimal.valueOf(50).compareTo(a.percent()));
        assertTrue(a.submit(List.of(), submitted.plusSeconds(1), submitted.plus(Duration.ofHours(3))).isEmpty(), "a second submit changes nothing");
    }

    @Test
    void aTimedAttemptTakesAnswersGivenInTimeThatArriveAfterADropButNotAnswersGivenLate() {
        QuizAttempt a = started(quiz(Duration.ofMinutes(2), 0, null, null), CHOICE);
        Instant deadline = a.deadline();
        AttemptPaper paper = a.paper();
        Instant given = deadline.minusSeconds(20);
        assertEquals(Response.choice(0), paper.checked(1, Response.choice(0), given, deadline.plusSeconds(30)),
                "given before the deadline, heard of 30 s after it");
        Conflict late = assertThrows(Conflict.class, () -> paper.checked(1, Response.choice(0), deadline.plusSeconds(5), deadline.plusSeconds(6)));
        assertEquals("attempt.overdue.answered", late.messageKey());
        Conflict tooLate = assertThrows(Conflict.class, () -> paper.checked(1, Response.choice(0), given, deadline.plus(QuizAttempt.RECONNECTION).plusSeconds(1)));
        assertEquals("attempt.overdue", tooLate.messageKey(), "held back longer than the wait for a dropped line");
        assertFalse(a.isDueToClose(deadline.plusSeconds(30)), "the server waits for answers held back by a drop");
        assertTrue(a.isDueToClose(deadline.plus(QuizAttempt.RECONNECTION).plusSeconds(1)));
        a.submit(List.of(), deadline.plusSeconds(30), deadline.plusSeconds(61));
        assertEquals(deadline, a.submittedAt(), "never after the deadline");
    }

    @Test
    void theServerSetsTheDeadlineFromTheTimeLimitCutShortByClosing() {
        QuizAttempt a = started(quiz(Duration.ofMinutes(20), 0, null, null), CHOICE);
        assertEquals(NOW.plus(Duration.ofMinutes(20)), a.deadline());
        QuizAttempt b = started(quiz(Duration.ofMinutes(20), 0, null, NOW.plus(Duration.ofMinutes(5))), CHOICE);
        assertEquals(NOW.plus(Duration.ofMinutes(5)), b.deadline());
        assertNull(started(quiz(null, 0, null, null), CHOICE).deadline());
    }

    @Test
    void aLearnerWithAnAttemptLeftOpenHearsOnceThatTheQuizClosesWithinTwoDays() {
        QuizAttempt open = started(quiz(null, 0, null, NOW.plus(Duration.ofDays(10))), CHOICE);
        assertFalse(open.remindOfClosing(NOW.plus(Duration.ofDays(7))), "ten days ahead: too early");
        assertTrue(open.remindOfClosing(NOW.plus(Duration.ofDays(9))), "within two days of closing");
        assertFalse(open.remindOfClosing(NOW.plus(Duration.ofDays(9).plusHours(1))), "once");
        QuizAttempt timed = started(quiz(Duration.ofMinutes(20), 0, null, null), CHOICE);
        assertFalse(timed.remindOfClosing(NOW.plusSeconds(60)), "a timed attempt is not left open for days");
        assertFalse(timed.remindOfClosing(NOW.plusSeconds(120)), "and is settled after one look");
        QuizAttempt closed = started(quiz(null, 0, null, NOW.plus(Duration.ofDays(3))), CHOICE);
        closed.submit(List.of(), NOW.plus(Duration.ofDays(1)));
        assertFalse(closed.remindOfClosing(NOW.plus(Duration.ofDays(2))), "a submitted attempt needs no reminder");
    }

    @Test
    void answersAfterTheDeadlineAndItsGraceAreRefused() {
        QuizAttempt a = started(quiz(Duration.ofMinutes(10), 0, null, null), CHOICE);
        Instant deadline = a.deadline();
        a.accept(1, Response.choice(0), deadline.plus(QuizAttempt.GRACE));
        Conflict late = assertThrows(Conflict.class, () -> a.accept(1, Response.choice(0), deadline.plus(QuizAttempt.GRACE).plusMillis(1)));
        assertEquals("attempt.overdue", late.messageKey());
    }

    @Test
    void answersToQuestionsNotInTheAttemptOrOutOfRangeAreRefused() {
        QuizAttempt a = started(quiz(null, 0, null, null), CHOICE, WORD);
        assertEquals("attempt.noSuchQuestion", assertThrows(InvalidInput.class, () -> a.accept(3, Response.choice(0), NOW)).messageKey());
        assertEquals("question.response.outOfRange", assertThrows(InvalidInput.class, () -> a.accept(1, Response.choice(5), NOW)).messageKey());
        assertEquals("question.response.textRequired", assertThrows(InvalidInput.class, () -> a.accept(2, Response.choice(0), NOW)).messageKey());
    }

    @Test
    void thePaperKeepsOwnerDeadlineAndQuestionsAndChecksAnswersAsTheAttemptDoes() {
        QuizAttempt a = started(quiz(Duration.ofMinutes(10), 0, null, null), CHOICE, WORD);
        AttemptPaper paper = a.paper();
        assertTrue(paper.belongsTo(a.learner()));
        assertFalse(paper.belongsTo(a.learner() + "x"));
        assertEquals(a.deadline(), paper.deadline());
        assertEquals(Response.choice(1), paper.checked(1, Response.choice(1), NOW));
        assertEquals("attempt.noSuchQuestion", assertThrows(InvalidInput.class, () -> paper.checked(3, Response.choice(0), NOW)).messageKey());
        assertEquals("attempt.overdue", assertThrows(Conflict.class,
                () -> paper.checked(1, Response.choice(0), a.deadline().plus(QuizAttempt.GRACE).plusMillis(1))).messageKey());
    }

    @Test
    void submittingGradesEveryQuestionOnceAndASecondSubmitChangesNothing() {
        QuizAttempt a = started(quiz(null, 0, null, null), CHOICE, WORD);
        List<AttemptAnswer> rows = a.submit(saved(a, 1, Response.choice(0), 2, Response.text("YES")), NOW.plusSeconds(60));
        assertEquals(2, rows.size());
        assertEquals(AttemptStatus.GRADED, a.status());
        assertEquals(0, new BigDecimal("4").compareTo(a.score()));
        assertEquals(0, new BigDecimal("100").compareTo(a.percent()));
        assertTrue(a.passed());
        assertTrue(a.submit(List.of(), NOW.plusSeconds(120)).isEmpty(), "a second submit keeps nothing new");
        assertEquals(NOW.plusSeconds(60), a.submittedAt());
        assertEquals("attempt.alreadySubmitted", assertThrows(Conflict.class, () -> a.accept(1, Response.choice(1), NOW.plusSeconds(121))).messageKey());
    }

    @Test
    void unansweredQuestionsEarnNothingAndTheTotalNeverFallsBelowZero() {
        QuizAttempt a = started(quiz(null, 0, null, null), CHOICE, WORD);
        List<AttemptAnswer> rows = a.submit(saved(a, 1, Response.choice(1)), NOW.plusSeconds(60));
        assertEquals(2, rows.size(), "the unanswered question gets a graded row too");
        assertEquals(0, BigDecimal.ZERO.compareTo(a.score()), "-1 for the wrong pick, held at zero");
        assertEquals(Boolean.FALSE, a.passed());
    }

    @Test
    void anOverdueAttemptIsSubmittedAsOfItsDeadline() {
        QuizAttempt a = started(quiz(Duration.ofMinutes(10), 0, null, null), CHOICE);
        List<AttemptAnswer> answers = saved(a, 1, Response.choice(0));
        a.submit(answers, NOW.plus(Duration.ofHours(3)));
        assertEquals(a.deadline(), a.submittedAt());
        assertEquals(AttemptStatus.GRADED, a.status());
    }

    @Test
    void essaysWaitForATrainerWhoseScoreCompletesTheGrade() {
        QuizAttempt a = started(quiz(null, 0, null, null), CHOICE, ESSAY);
        List<AttemptAnswer> rows = a.submit(saved(a, 1, Response.choice(0), 2, Response.text("My essay")), NOW.plusSeconds(60));
        assertEquals(AttemptStatus.NEEDS_GRADING, a.status());
        assertNull(a.passed());
        AttemptAnswer essay = rows.stream().filter(r -> r.slot() == 2).findFirst().orElseThrow();
        assertEquals("attempt.score.range", assertThrows(InvalidInput.class,
                () -> a.gradeEssay(essay, new BigDecimal("2.5"), null, "", "trainer", rows)).messageKey());
        a.gradeEssay(essay, new BigDecimal("1"), null, "Clear, but give an example.", "trainer", rows);
        assertEquals(AttemptStatus.GRADED, a.status());
        assertEquals(0, new BigDecimal("75").compareTo(a.percent()));
        assertTrue(a.passed());
        assertEquals("trainer", essay.gradedBy());
        AttemptAnswer choice = rows.stream().filter(r -> r.slot() == 1).findFirst().orElseThrow();
        assertEquals("attempt.notAnEssay", assertThrows(InvalidInput.class,
                () -> a.gradeEssay(choice, BigDecimal.ONE, null, "", "trainer", rows)).messageKey());
    }

    @Test
    void anEssayWithARubricIsMarkedByOneLevelPerCriterionAndTheScoreFollows() {
        QuizAttempt a = started(quiz(null, 0, null, null), CHOICE, ESSAY_WITH_RUBRIC);
        List<AttemptAnswer> rows = a.submit(saved(a, 1, Response.choice(0), 2, Response.text("My essay")), NOW.plusSeconds(60));
        AttemptAnswer essay = rows.stream().filter(r -> r.slot() == 2).findFirst().orElseThrow();
        assertEquals("rubric.choose.every", assertThrows(InvalidInput.class,
                () -> a.gradeEssay(essay, null, java.util.Arrays.asList(1, null), "", "trainer", rows)).messageKey());
        // 3 + 0.5 of 4 possible, times the question's mark in this quiz; a typed score is ignored when levels are given
        a.gradeEssay(essay, new BigDecimal("0.1"), List.of(1, 1), "Safe, not yet respectful enough.", "trainer", rows);
        BigDecimal mark = a.question(2).orElseThrow().mark();
        assertEquals(0, new BigDecimal("0.875").multiply(mark).compareTo(essay.score()), essay.score().toPlainString());
        assertEquals(List.of(1, 1), essay.rubricLevels());
        assertEquals(AttemptStatus.GRADED, a.status());
    }

    @Test
    void attemptsStopAtTheLimitAndOnlyWhileTheQuizIsOpen() {
        Quiz limited = quiz(null, 2, null, null);
        QuizAttempt.start(limited, "learner", 1, questions(CHOICE), NOW);
        assertEquals("attempt.noneLeft", assertThrows(Conflict.class, () -> QuizAttempt.start(limited, "learner", 2, questions(CHOICE), NOW)).messageKey());
        Quiz later = quiz(null, 0, NOW.plusSeconds(3600), null);
        assertEquals("quiz.notYetOpen", assertThrows(NotPermitted.class, () -> QuizAttempt.start(later, "learner", 0, questions(CHOICE), NOW)).messageKey());
        Quiz closed = quiz(null, 0, null, NOW.minusSeconds(1));
        assertEquals("quiz.closed", assertThrows(NotPermitted.class, () -> QuizAttempt.start(closed, "learner", 0, questions(CHOICE), NOW)).messageKey());
    }

    @Test
    void quizSettingsRefuseImpossibleValues() {
        assertEquals("quiz.timeLimit.range", assertThrows(InvalidInput.class, () -> new QuizSettings(Duration.ofSeconds(10), 0, null, null,
                false, false, null, null, null)).messageKey());
        assertEquals("quiz.closesBeforeOpening", assertThrows(InvalidInput.class, () -> new QuizSettings(null, 0, null, null,
                false, false, NOW, NOW, null)).messageKey());
        assertEquals("quiz.passPercent.range", assertThrows(InvalidInput.class, () -> new QuizSettings(null, 0, BigDecimal.valueOf(101), null,
                false, false, null, null, null)).messageKey());
    }
}
