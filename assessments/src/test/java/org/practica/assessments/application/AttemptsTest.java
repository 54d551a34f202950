package org.practica.assessments.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.attempt.AttemptAnswer;
import org.practica.assessments.domain.attempt.AttemptId;
import org.practica.assessments.domain.attempt.AttemptRepository;
import org.practica.assessments.domain.attempt.AttemptStatus;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.bank.Question;
import org.practica.assessments.domain.bank.QuestionRepository;
import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.Credit;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Response;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.assessments.domain.quiz.GradingMethod;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.assessments.domain.quiz.QuizRepository;
import org.practica.assessments.domain.quiz.QuizSettings;
import org.practica.assessments.domain.quiz.QuizSlot;
import org.practica.courses.application.Learning;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.Actor;
import org.practica.kernel.Conflict;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practica.kernel.testing.GeneratedIds.identify;

/**
 * The learner's side of quizzes with in-memory repositories: who may start, resuming, saving,
 * submitting and grading, the sweep of overdue attempts, and what someone else's attempt reveals.
 */
class AttemptsTest {

    private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    private static final Actor AIGUL = new Actor("aigul", 1, Set.of(Role.LEARNER));
    private static final Actor BEREK = new Actor("berek", 1, Set.of(Role.LEARNER));
    private static final Actor OUTSIDER = new Actor("outsider", 1, Set.of(Role.LEARNER));
    private static final CourseId COURSE = new CourseId(5);

    private final Map<Long, Quiz> quizRows = new LinkedHashMap<>();
    private final List<Question> questionRows = new ArrayList<>();
    private final Map<Long, QuizAttempt> attemptRows = new LinkedHashMap<>();
    private final Map<Long, Map<Integer, AttemptAnswer>> answerRows = new LinkedHashMap<>();
    private final List<String> completionsReconsidered = new ArrayList<>();
    private final List<String> audit = new ArrayList<>();
    private Attempts attempts;

    @BeforeEach
    void wire() {
        attempts = new Attempts();
        attempts.quizzes = new Quizzes();
        attempts.questions = new Questions();
        attempts.attempts = new InMemoryAttempts();
        attempts.learning = new Learning() {
            @Override
            public void requireEnrolled(Actor learner, CourseId id) {
                if (learner.equals(OUTSIDER)) {
                    throw new NotPermitted("course.notEnrolled");
                }
            }

            @Override
            public void reconsider(String learner, CourseId id) {
                completionsReconsidered.add(learner + "@" + id.value());
            }
        };
        attempts.results = new AttemptResults();
        attempts.results.quizzes = attempts.quizzes;
        attempts.audit = (actor, action, subject, detail) -> audit.add(actor + " " + action);
        at(NINE);
    }

    private void at(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        attempts.clock = clock;
        attempts.results.clock = clock;
    }

    private QuizId quiz(Duration limit, int maxAttempts) {
        FormattedText pick = new FormattedText("Which comes first?", TextFormat.MOODLE);
        QuestionDefinition choice = new QuestionDefinition("Safety first", QuestionType.SINGLE_CHOICE, pick, null,
                List.of(Answer.of(FormattedText.plain("safety"), Credit.FULL, null), Answer.of(FormattedText.plain("the story"), Credit.of(0), null)),
                List.of(), null);
        Question question = new Question(new BankId(3), CategoryPath.fromMoodle("$course$/Ethics"), ContentLanguage.EN, choice, NINE);
        identify(question, 100);
        questionRows.add(question);
        Quiz quiz = new Quiz(COURSE, new ContentKey("abcdefabcdef"), new BankId(3), "Ethics check", true,
                new QuizSettings(limit, maxAttempts, BigDecimal.valueOf(60), GradingMethod.HIGHEST, false, false, null, null, null),
                List.of(QuizSlot.fixed(100)), "trainer", NINE);
        identify(quiz, 7);
        quizRows.put(7L, quiz);
        return quiz.id();
    }

    @Test
    void startingAgainResumesTheOpenAttemptAndAPassCompletesTheCourse() {
        QuizId id = quiz(null, 2);
        AttemptView first = attempts.start(AIGUL, id, ContentLanguage.EN);
        assertEquals(first.id(), attempts.start(AIGUL, id, ContentLanguage.EN).id(), "an open attempt is resumed, not doubled");
        assertEquals(1, attemptRows.size());

        attempts.save("aigul", new AttemptId(first.id()), 1, Response.choice(0));
        AttemptResult result = attempts.submit(AIGUL, new AttemptId(first.id()));
        assertEquals(AttemptStatus.GRADED, result.status());
        assertEquals(Boolean.TRUE, result.passed());
        assertEquals(List.of("aigul@5"), completionsReconsidered, "a pass asks the course whether it is now complete");
        assertEquals(result, attempts.submit(AIGUL, new AttemptId(first.id())), "submitting again answers the same result");
        assertEquals(List.of("aigul attempt.started", "aigul attempt.submitted"), audit);
    }

    @Test
    void aFailDoesNotCompleteTheCourseAndAnAnswerAfterSubmittingIsRefused() {
        QuizId id = quiz(null, 2);
        AttemptId attempt = new AttemptId(attempts.start(AIGUL, id, ContentLanguage.EN).id());
        attempts.save("aigul", attempt, 1, Response.choice(1));
        AttemptResult result = attempts.submit(AIGUL, attempt);
        assertEquals(Boolean.FALSE, result.passed());
        assertTrue(completionsReconsidered.isEmpty());
        assertThrows(Conflict.class, () -> attempts.save("aigul", attempt, 1, Response.choice(0)));
        AttemptView second = attempts.start(AIGUL, id, ContentLanguage.EN);
        assertNotEquals(attempt.value(), second.id(), "a second try is a new attempt");
        assertEquals(2, second.number());
    }

    @Test
    void someoneElsesAttemptIsNotFoundAndALearnerOutsideTheCourseCannotStart() {
        QuizId id = quiz(null, 1);
        AttemptId attempt = new AttemptId(attempts.start(AIGUL, id, ContentLanguage.EN).id());
        assertEquals("attempt.notFound", assertThrows(NotFound.class, () -> attempts.view(BEREK, attempt)).messageKey());
        assertThrows(NotFound.class, () -> attempts.save("berek", attempt, 1, Response.choice(0)));
        assertThrows(NotFound.class, () -> attempts.submit(BEREK, attempt));
        assertThrows(NotFound.class, () -> attempts.result(BEREK, attempt));
        assertThrows(NotPermitted.class, () -> attempts.start(OUTSIDER, id, ContentLanguage.EN));
        assertEquals(1, attemptRows.size(), "nothing was started for the outsider");
    }

    @Test
    void learnersWhoHaveNotBegunAQuizClosingWithinTwoDaysAreRemindedOnceAndThoseWhoBeganAreNot() {
        Quiz closing = new Quiz(COURSE, new ContentKey("abcdefabcdef"), new BankId(3), "Final check", false,
                new QuizSettings(null, 1, BigDecimal.valueOf(60), GradingMethod.HIGHEST, false, false, null, NINE.plus(Duration.ofHours(30)), null),
                List.of(QuizSlot.fixed(100)), "trainer", NINE);
        identify(closing, 8);
        quizRows.put(8L, closing);
        quiz(null, 1);   // its question, and a quiz that never closes
        attempts.start(AIGUL, closing.id(), ContentLanguage.EN);
        java.util.Set<String> onceKeys = new java.util.HashSet<>();
        List<String> heard = new ArrayList<>();
        AssessmentReminders reminders = new AssessmentReminders();
        reminders.quizzes = attempts.quizzes;
        reminders.attempts = attempts.attempts;
        reminders.enrollments = only(org.practica.courses.domain.enrollment.EnrollmentRepository.class, "activeLearners",
                arguments -> COURSE.equals(arguments[0]) ? List.of("aigul", "berek") : List.of());
        reminders.courses = only(org.practica.courses.domain.course.CourseRepository.class, "find", arguments -> Optional.empty());
        reminders.reminders = (who, kind, once, link, arguments) -> onceKeys.add(who + " " + once) && heard.add(who + " " + kind + " " + link + " " + arguments[0]);
        reminders.self = reminders;

        assertEquals(0, reminders.remind(NINE.minus(Duration.ofDays(1))), "three days before: not yet");
        assertEquals(1, reminders.remind(NINE));
        assertEquals(0, reminders.remind(NINE.plus(Duration.ofHours(1))), "once");
        assertEquals(List.of("berek QUIZ_CLOSING /courses/quiz.xhtml?id=8 Final check"), heard, "Aigul began: her attempt's own reminder tells her");
        assertEquals(0, reminders.remind(NINE.plus(Duration.ofHours(31))), "closed: nothing to remind of");
    }

    /** A repository of which the reminders use one method; any other call fails the test. */
    @SuppressWarnings("unchecked")
    private static <T> T only(Class<T> type, String method, java.util.function.Function<Object[], Object> answer) {
        return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, arguments) -> {
            if (m.getName().equals(method)) {
                return answer.apply(arguments);
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    @Test
    void theSweepClosesAttemptsWhoseTimeIsUpWithWhatWasSavedInTime() {
        QuizId id = quiz(Duration.ofMinutes(20), 2);
        AttemptId attempt = new AttemptId(attempts.start(AIGUL, id, ContentLanguage.EN).id());
        attempts.save("aigul", attempt, 1, Response.choice(0));
        at(NINE.plus(Duration.ofMinutes(10)));
        assertEquals(0, attempts.closeOverdue(10), "still within its time");
        at(NINE.plus(Duration.ofHours(1)));
        assertEquals(1, attempts.closeOverdue(10));
        AttemptResult result = attempts.result(AIGUL, attempt);
        assertEquals(AttemptStatus.GRADED, result.status());
        assertEquals(NINE.plus(Duration.ofMinutes(20)), result.submittedAt(), "submitted at its deadline, not when the sweep came");
        assertEquals(Boolean.TRUE, result.passed());
        assertEquals(0, attempts.closeOverdue(10), "closed once");
        assertFalse(attemptRows.get(attempt.value()).status().isOpen());
    }

    private final class Quizzes implements QuizRepository {
        @Override
        public Optional<Quiz> find(QuizId id) {
            return Optional.ofNullable(quizRows.get(id.value()));
        }

        @Override
        public List<Quiz> of(CourseId course) {
            return quizRows.values().stream().filter(q -> q.courseId().equals(course)).toList();
        }

        @Override
        public List<Quiz> closingBetween(Instant from, Instant to) {
            return quizRows.values().stream().filter(q -> q.settings().closesAt() != null && q.settings().closesAt().isAfter(from)
                    && !q.settings().closesAt().isAfter(to)).toList();
        }

        @Override
        public void add(Quiz quiz) {
            quizRows.put(quiz.id().value(), quiz);
        }

        @Override
        public List<Quiz> drawingFrom(org.practica.assessments.domain.bank.BankId bank) {
            return quizRows.values().stream().filter(q -> q.bankId().equals(bank)).toList();
        }
    }

    private final class Questions implements QuestionRepository {
        @Override
        public Optional<Question> find(long id) {
            return questionRows.stream().filter(q -> q.id() == id).findFirst();
        }

        @Override
        public List<Question> of(BankId bank) {
            return List.copyOf(questionRows);
        }

        @Override
        public void add(Question question) {
            questionRows.add(question);
        }

        @Override
        public long count(BankId bank) {
            return questionRows.size();
        }
    }

    private final class InMemoryAttempts implements AttemptRepository {
        @Override
        public Optional<QuizAttempt> find(AttemptId id) {
            return Optional.ofNullable(attemptRows.get(id.value()));
        }

        @Override
        public Optional<QuizAttempt> lock(AttemptId id) {
            return find(id);
        }

        @Override
        public List<QuizAttempt> of(long quizId, String learner) {
            return attemptRows.values().stream().filter(a -> a.quizId() == quizId && a.learner().equals(learner)).toList();
        }

        @Override
        public List<QuizAttempt> ofCourse(long courseId) {
            return List.copyOf(attemptRows.values());
        }

        @Override
        public List<QuizAttempt> byLearner(String learner) {
            return attemptRows.values().stream().filter(a -> a.learner().equals(learner)).toList();
        }

        @Override
        public boolean anyOf(long quizId) {
            return attemptRows.values().stream().anyMatch(a -> a.quizId() == quizId);
        }

        @Override
        public void add(QuizAttempt attempt) {
            identify(attempt, 40 + attemptRows.size());
            attemptRows.put(attempt.id().value(), attempt);
        }

        @Override
        public boolean saveAnswerWhileOpen(AttemptId attempt, int slot, Response response, Instant at) {
            if (!attemptRows.get(attempt.value()).status().isOpen()) {
                return false;
            }
            answerRows.computeIfAbsent(attempt.value(), a -> new LinkedHashMap<>()).put(slot, new AttemptAnswer(attempt, slot, response, at));
            return true;
        }

        @Override
        public List<AttemptAnswer> answers(AttemptId attempt) {
            return List.copyOf(answerRows.getOrDefault(attempt.value(), Map.of()).values());
        }

        @Override
        public void keep(List<AttemptAnswer> graded) {
            graded.forEach(g -> answerRows.computeIfAbsent(g.attempt().value(), a -> new LinkedHashMap<>()).put(g.slot(), g));
        }

        @Override
        public List<AttemptId> closingBefore(Instant until, int max) {
            return attemptRows.values().stream().filter(a -> a.status().isOpen() && a.deadline() != null && !a.deadline().isAfter(until))
                    .map(QuizAttempt::id).limit(max).toList();
        }

        @Override
        public java.util.Set<String> learnersWhoBegan(long quizId) {
            return attemptRows.values().stream().filter(a -> a.quizId() == quizId).map(QuizAttempt::learner).collect(java.util.stream.Collectors.toSet());
        }

        @Override
        public java.util.Map<Long, Long> waitingForGrading(Instant before) {
            return attemptRows.values().stream().filter(a -> a.status() == org.practica.assessments.domain.attempt.AttemptStatus.NEEDS_GRADING
                            && a.submittedAt() != null && a.submittedAt().isBefore(before))
                    .collect(java.util.stream.Collectors.groupingBy(QuizAttempt::courseId, java.util.stream.Collectors.counting()));
        }

        @Override
        public List<AttemptId> overdue(Instant now, int max) {
            return attemptRows.values().stream().filter(a -> a.status().isOpen() && a.isOverdue(now)).map(QuizAttempt::id).limit(max).toList();
        }
    }
}
