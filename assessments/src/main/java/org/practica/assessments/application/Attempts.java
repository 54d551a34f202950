package org.practica.assessments.application;

import jakarta.enterprise.inject.Instance;
import org.practica.assessments.domain.attempt.AttemptQuestion;
import org.practica.assessments.domain.attempt.AttemptStatus;
import org.practica.kernel.ScoredAttempt;
import org.practica.kernel.TrainingFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Notifier;
import jakarta.transaction.Transactional;
import org.practica.assessments.domain.attempt.AttemptAnswer;
import org.practica.assessments.domain.attempt.AttemptId;
import org.practica.assessments.domain.attempt.AttemptPaper;
import org.practica.assessments.domain.attempt.AttemptQuestion;
import org.practica.assessments.domain.attempt.AttemptRepository;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.bank.Question;
import org.practica.assessments.domain.bank.QuestionRepository;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Response;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.assessments.domain.quiz.QuizRepository;
import org.practica.assessments.domain.quiz.QuizSlot;
import org.practica.courses.application.Learning;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.BoundedCache;
import org.practica.kernel.Conflict;
import org.practica.kernel.NotFound;
import org.practica.kernel.StatedTime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Learners sitting quizzes: starting (or resuming) an attempt, saving each answer as it changes,
 * submitting, and seeing the result as the quiz allows ({@link Marking} is the trainers' side).
 * Only the server's clock counts. Someone else's attempt is reported as not found, so ids cannot be probed.
 */
@ApplicationScoped
@Transactional
public class Attempts {

    @Inject
    QuizRepository quizzes;

    @Inject
    Notifier notifier;

    @Inject
    QuestionRepository questions;

    @Inject
    AttemptRepository attempts;

    @Inject
    Learning learning;

    @Inject
    AttemptResults results;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Instance<TrainingFacts> factsProvided;

    /**
     * The learner's attempt in progress, or a new one with questions drawn for it, in the
     * language the learner reads (where a question has been translated into it).
     */
    public AttemptView start(Actor learner, QuizId id, org.practica.kernel.ContentLanguage reader) {
        Quiz quiz = quizzes.find(id).orElseThrow(() -> new NotFound("quiz.notFound"));
        learning.requireEnrolled(learner, quiz.courseId());
        Instant now = clock.instant();
        List<QuizAttempt> earlier = attempts.of(id.value(), learner.username());
        for (QuizAttempt a : earlier) {
            if (a.status() == AttemptStatus.PREPARED) {
                a.begin(now);
                audit.record(learner.username(), "attempt.started", subject(a.id()), "quiz " + id.value());
            }
        }
        Optional<QuizAttempt> running = stillRunning(earlier, now);
        if (running.isPresent()) {
            return AttemptView.of(running.get(), attempts.answers(running.get().id()), now);
        }
        QuizAttempt attempt = QuizAttempt.start(quiz, learner.username(), earlier.size(), draw(quiz, reader), now);
        attempts.add(attempt);
        audit.record(learner.username(), "attempt.started", subject(attempt.id()), "quiz " + id.value());
        return AttemptView.of(attempt, List.of(), now);
    }

    /**
     * An attempt the learner can take offline: the one in progress or already prepared, else one
     * drawn now and kept PREPARED until the device says it was begun. Untimed quizzes only.
     */
    public AttemptView prepare(Actor learner, QuizId id, org.practica.kernel.ContentLanguage reader) {
        Quiz quiz = quizzes.find(id).orElseThrow(() -> new NotFound("quiz.notFound"));
        learning.requireEnrolled(learner, quiz.courseId());
        if (quiz.settings().timeLimit() != null) {
            throw new Conflict("quiz", "attempt.offline.timed");
        }
        Instant now = clock.instant();
        List<QuizAttempt> earlier = attempts.of(id.value(), learner.username());
        Optional<QuizAttempt> running = stillRunning(earlier, now);
        if (running.isPresent()) {
            return AttemptView.of(running.get(), attempts.answers(running.get().id()), now);
        }
        QuizAttempt attempt = QuizAttempt.prepare(quiz, learner.username(), earlier.size(), draw(quiz, reader), now);
        attempts.add(attempt);
        audit.record(learner.username(), "attempt.prepared", subject(attempt.id()), "quiz " + id.value());
        return AttemptView.of(attempt, List.of(), now);
    }

    /**
     * The learner's attempt not yet submitted and still in time (in progress, or prepared), if
     * there is one; one whose time is up is closed on the way, so that a new one may start.
     */
    private Optional<QuizAttempt> stillRunning(List<QuizAttempt> earlier, Instant now) {
        for (QuizAttempt a : earlier) {
            if (a.status().isUnsubmitted()) {
                if (!a.isOverdue(now)) {
                    return Optional.of(a);
                }
                close(a, now, now);
            }
        }
        return Optional.empty();
    }

    /** Begins a prepared attempt at the time the learner's device says; again changes nothing. */
    public AttemptView begin(Actor learner, AttemptId id, String startedAt) {
        QuizAttempt a = own(learner, attempts.lock(id));
        Instant now = clock.instant();
        if (a.status() == AttemptStatus.PREPARED) {
            a.begin(StatedTime.of("startedAt", startedAt, a.startedAt(), now));
            audit.record(learner.username(), "attempt.started", subject(a.id()), "quiz " + a.quizId() + ", offline");
        }
        return AttemptView.of(a, attempts.answers(id), now);
    }

    /** The learner's own attempts at a quiz, first to last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttemptSummary> mine(Actor learner, QuizId id) {
        return attempts.of(id.value(), learner.username()).stream().map(AttemptSummary::of).toList();
    }

    /** Every attempt of the learner at any quiz, with its questions and answers, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttemptView> all(Actor learner) {
        Instant now = clock.instant();
        return attempts.byLearner(learner.username()).stream()
                .map(a -> AttemptView.of(a, attempts.answers(a.id()), now)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptView view(Actor learner, AttemptId id) {
        QuizAttempt a = own(learner, attempts.find(id));
        return AttemptView.of(a, attempts.answers(id), clock.instant());
    }

    /**
     * Saves one answer at once. No surrounding transaction: the write is a single statement that
     * commits on its own, and the attempt's paper is read (once per server) without locks.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Instant save(String learner, AttemptId id, int slot, Response response) {
        return save(learner, id, slot, response, null);
    }

    /**
     * Saves an answer the learner gave at {@code answeredAt} (the device's time, for answers held
     * while the line was down; null for now). Per question the answer given last is kept, by the
     * devices' times, so a device coming back late does not undo a newer answer from another.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Instant save(String learner, AttemptId id, int slot, Response response, String answeredAt) {
        Instant now = clock.instant();
        AttemptPaper paper = paperOf(id).filter(p -> p.belongsTo(learner)).orElseThrow(() -> new NotFound("attempt.notFound"));
        Instant at = StatedTime.of("answeredAt", answeredAt, null, now);
        Response accepted = paper.checked(slot, response, at, now);
        if (!attempts.saveAnswerWhileOpen(id, slot, accepted, at)) {
            boolean prepared = attempts.find(id).map(a -> a.status() == AttemptStatus.PREPARED).orElse(false);
            throw new Conflict("attempt", prepared ? "attempt.notBegun" : "attempt.alreadySubmitted");
        }
        return at;
    }

    /** An attempt's paper never changes after it starts, so each server reads it once. */
    private Optional<AttemptPaper> paperOf(AttemptId id) {
        return Optional.ofNullable(papers.remember(id.value(), () -> attempts.find(id).map(QuizAttempt::paper).orElse(null)));
    }

    private final BoundedCache<Long, AttemptPaper> papers = new BoundedCache<>(5_000);

    /** Submits and grades; submitting again returns the same result. */
    public AttemptResult submit(Actor learner, AttemptId id) {
        return submit(learner, id, null);
    }

    /** Submits at the time the learner did ({@code submittedAt}, the device's, null for now). */
    public AttemptResult submit(Actor learner, AttemptId id, String submittedAt) {
        QuizAttempt a = own(learner, attempts.lock(id));
        Instant now = clock.instant();
        close(a, StatedTime.of("submittedAt", submittedAt, a.startedAt(), now), now);
        return results.of(a, attempts.answers(id), false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptResult result(Actor learner, AttemptId id) {
        QuizAttempt a = own(learner, attempts.find(id));
        return results.of(a, attempts.answers(id), false);
    }

    /** Closes and grades attempts whose time is up; the scheduler calls this every few seconds. */
    /**
     * Reminds learners whose quiz closes within two days with an attempt still open, each attempt
     * once; returns how many attempts were looked at.
     */
    public int remindClosing(int max) {
        Instant now = clock.instant();
        List<AttemptId> due = attempts.closingBefore(now.plus(QuizAttempt.CLOSING_NOTICE), max);
        for (AttemptId id : due) {
            QuizAttempt a = attempts.lock(id).orElse(null);
            if (a != null && a.remindOfClosing(now)) {
                String quiz = quizzes.titleOf(a.quizId());
                notifier.tell(a.learner(), NoticeKind.QUIZ_CLOSING, "/courses/attempt.xhtml?id=" + id.value(), quiz);
            }
        }
        return due.size();
    }

    public int closeOverdue(int max) {
        Instant now = clock.instant();
        int closed = 0;
        for (AttemptId id : attempts.overdue(now, max)) {
            QuizAttempt a = attempts.lock(id).orElse(null);
            if (a != null && a.status().isOpen() && a.isDueToClose(now)) {
                close(a, now, now);
                closed++;
            }
        }
        return closed;
    }

    private void close(QuizAttempt a, Instant submittedAt, Instant now) {
        List<AttemptAnswer> graded = a.submit(attempts.answers(a.id()), submittedAt, now);
        if (!graded.isEmpty()) {
            attempts.keep(graded);
            audit.record(a.learner(), "attempt.submitted", subject(a.id()), a.status().name());
            afterGrading(a);
        }
    }

    /** A passed quiz may complete the learner's course; every graded attempt is counted by monitoring. */
    void afterGrading(QuizAttempt a) {
        if (Boolean.TRUE.equals(a.passed())) {
            learning.reconsider(a.learner(), new org.practica.courses.domain.course.CourseId(a.courseId()));
        }
        if (a.status() == AttemptStatus.GRADED && factsProvided != null && factsProvided.isResolvable()) {
            factsProvided.get().scored(scored(a));
        }
    }

    /**
     * The attempt as monitoring counts it: its percentage, each question's in the order asked, and
     * which side of a pre-test/post-test pair it is when the trainer paired its quiz.
     */
    private ScoredAttempt scored(QuizAttempt a) {
        Quiz quiz = quizzes.find(new QuizId(a.quizId())).orElseThrow(() -> new NotFound("quiz.notFound"));
        Long pair = null;
        ScoredAttempt.TestPhase phase = null;
        if (quiz.pretestFor().isPresent()) {
            pair = quiz.pretestFor().get().value();
            phase = ScoredAttempt.TestPhase.PRE;
        } else if (quizzes.of(quiz.courseId()).stream().anyMatch(q -> q.pretestFor().filter(quiz.id()::equals).isPresent())) {
            pair = quiz.id().value();
            phase = ScoredAttempt.TestPhase.POST;
        }
        Map<Integer, BigDecimal> scores = new HashMap<>();
        attempts.answers(a.id()).forEach(r -> scores.put(r.slot(), r.score()));
        List<BigDecimal> perQuestion = a.questions().stream().sorted(Comparator.comparingInt(AttemptQuestion::slot))
                .map(q -> q.mark().signum() == 0 ? BigDecimal.ZERO : Optional.ofNullable(scores.get(q.slot())).orElse(BigDecimal.ZERO)
                        .multiply(BigDecimal.valueOf(100)).divide(q.mark(), 2, RoundingMode.HALF_UP))
                .toList();
        return new ScoredAttempt(a.learner(), a.courseId(), learning.titleOf(quiz.courseId()), a.quizId(), quiz.title(), pair, phase,
                a.submittedAt() == null ? clock.instant() : a.submittedAt(), a.percent(), Boolean.TRUE.equals(a.passed()), perQuestion);
    }

    private static QuizAttempt own(Actor learner, java.util.Optional<QuizAttempt> found) {
        return found.filter(a -> a.learner().equals(learner.username()))
                .orElseThrow(() -> new NotFound("attempt.notFound"));
    }

    /** The questions for a new attempt: chosen ones, then random draws from categories, no question twice. */
    private List<AttemptQuestion> draw(Quiz quiz, org.practica.kernel.ContentLanguage reader) {
        Random random = ThreadLocalRandom.current();
        List<Question> bank = questions.of(quiz.bankId());
        Set<Long> used = quiz.slots().stream().filter(s -> !s.random()).map(QuizSlot::questionId).collect(Collectors.toSet());
        List<Question> picked = new ArrayList<>();
        for (QuizSlot s : quiz.slots()) {
            if (!s.random()) {
                bank.stream().filter(q -> q.id() == s.questionId()).findFirst().ifPresent(picked::add);
                continue;
            }
            List<Question> pool = new ArrayList<>(bank.stream()
                    .filter(q -> s.canDraw(q) && !used.contains(q.id())).toList());
            Collections.shuffle(pool, random);
            for (Question q : pool.subList(0, Math.min(s.count(), pool.size()))) {
                picked.add(q);
                used.add(q.id());
            }
        }
        if (quiz.settings().shuffleQuestions()) {
            Collections.shuffle(picked, random);
        }
        List<AttemptQuestion> drawn = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            QuestionDefinition d = picked.get(i).definitionIn(reader);
            drawn.add(new AttemptQuestion(i + 1, picked.get(i).id(), d, d.options().defaultMark(), order(quiz, d, random),
                    picked.get(i).wordedIn(reader)));
        }
        return drawn;
    }

    private static List<Integer> order(Quiz quiz, QuestionDefinition d, Random random) {
        int n = d.type() == QuestionType.MATCHING ? d.pairs().size()
                : d.type() == QuestionType.SINGLE_CHOICE || d.type() == QuestionType.MULTIPLE_RESPONSE ? d.answers().size() : 0;
        List<Integer> order = AttemptView.indexes(n);
        if (quiz.settings().shuffleAnswers() && d.options().shuffleAnswers()) {
            Collections.shuffle(order, random);
        }
        return order;
    }

    private static String subject(AttemptId id) {
        return "attempt:" + id.value();
    }
}
