package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.assessments.domain.attempt.AttemptRepository;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.bank.Question;
import org.practica.assessments.domain.bank.QuestionBank;
import org.practica.assessments.domain.bank.QuestionBankRepository;
import org.practica.assessments.domain.bank.QuestionRepository;
import org.practica.assessments.domain.quiz.GradingMethod;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.assessments.domain.quiz.QuizRepository;
import org.practica.assessments.domain.quiz.QuizSettings;
import org.practica.assessments.domain.quiz.QuizSlot;
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.application.Learning;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.Refusals;
import org.practica.kernel.Text;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Quizzes of a course: trainers create them from a bank of the course; its learners see them. */
@ApplicationScoped
@Transactional
public class Quizzes {

    @Inject
    QuizRepository quizzes;

    @Inject
    QuestionBankRepository banks;

    @Inject
    QuestionRepository questions;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learning learning;

    @Inject
    AttemptRepository attempts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public QuizView create(Actor trainer, CourseId course, QuizDraft draft) {
        return create(trainer, course, draft, new Refusals());
    }

    /**
     * As {@link #create(Actor, CourseId, QuizDraft)}, for a form that has already found problems of
     * its own (a date it could not read): they are reported together with these, and nothing is saved.
     */
    public QuizView create(Actor trainer, CourseId course, QuizDraft draft, Refusals refusals) {
        authoring.requireAuthor(trainer, course);
        QuestionBank bank = refusals.check(() -> bankOf(course, draft.bankId()));
        refusals.refuseIf(draft.moduleKey() == null || draft.moduleKey().isBlank(), "moduleKey", "validation.required");
        refusals.check(() -> Text.required("title", draft.title(), Quiz.TITLE_MAX));
        QuizSettings settings = settingsOf(draft, refusals);
        List<QuizSlot> slots = draft.slots() == null ? List.of() : draft.slots();
        if (bank != null) {
            // without a bank there is nothing to draw from, and the bank's refusal says so
            refusals.check(() -> Quiz.requireSlots(slots));
            refusals.check(() -> requireDrawable(bank.id(), slots));
        }
        refusals.throwIfAny();
        Quiz quiz = new Quiz(course, new ContentKey(draft.moduleKey().strip()), bank.id(), draft.title(),
                !Boolean.FALSE.equals(draft.required()), settings, slots, trainer.username(), clock.instant());
        quizzes.add(quiz);
        audit.record(trainer.username(), "quiz.created", "quiz:" + quiz.id().value(), quiz.title());
        return QuizView.of(quiz);
    }

    private QuestionBank bankOf(CourseId course, Long bankId) {
        if (bankId == null) {
            throw new InvalidInput("bankId", "validation.required");
        }
        return banks.find(new BankId(bankId)).filter(b -> b.courseId().equals(course))
                .orElseThrow(() -> new InvalidInput("bankId", "bank.notFound"));
    }

    /**
     * New settings (dates, time limit, attempts, pass mark, grading, review) and, when the draft
     * has them, new questions. Attempts already started keep their questions and deadline.
     */
    public QuizView revise(Actor trainer, QuizId id, QuizDraft draft) {
        return revise(trainer, id, draft, new Refusals());
    }

    /** As {@link #revise(Actor, QuizId, QuizDraft)}, adding to the problems a form found itself. */
    public QuizView revise(Actor trainer, QuizId id, QuizDraft draft, Refusals refusals) {
        Quiz quiz = quizzes.find(id).orElseThrow(() -> new NotFound("quiz.notFound"));
        authoring.requireAuthor(trainer, quiz.courseId());
        List<QuizSlot> slots = draft.slots() == null ? quiz.slots() : draft.slots();
        refusals.check(() -> requireDrawable(quiz.bankId(), slots));
        QuizSettings settings = settingsOf(draft, refusals);
        if (settings != null) {
            refusals.check(() -> quiz.revise(settings, slots, attempts.anyOf(id.value())));
        }
        refusals.throwIfAny();
        audit.record(trainer.username(), "quiz.revised", "quiz:" + id.value(), quiz.title());
        return QuizView.of(quiz);
    }

    /** The draft's settings, or null when refused (each refusal kept). */
    private QuizSettings settingsOf(QuizDraft draft, Refusals refusals) {
        GradingMethod method = refusals.check(() -> method(draft.gradingMethod()));
        return refusals.check(() -> new QuizSettings(
                draft.timeLimitMinutes() == null ? null : Duration.ofMinutes(draft.timeLimitMinutes()),
                draft.maxAttempts() == null ? 0 : draft.maxAttempts(), draft.passPercent(), method == null ? GradingMethod.HIGHEST : method,
                Boolean.TRUE.equals(draft.shuffleQuestions()), !Boolean.FALSE.equals(draft.shuffleAnswers()),
                draft.opensAt(), draft.closesAt(), draft.review()));
    }

    /**
     * Pairs a quiz as the pre-test of another quiz of its course (the post-test), or undoes the
     * pairing ({@code postTestId} null): learners' scores on the two are then compared person by
     * person in the knowledge-gain report.
     */
    public QuizView pairAsPretest(Actor trainer, QuizId id, Long postTestId) {
        Quiz quiz = quizzes.find(id).orElseThrow(() -> new NotFound("quiz.notFound"));
        authoring.requireAuthor(trainer, quiz.courseId());
        Quiz postTest = postTestId == null ? null : quizzes.find(new QuizId(postTestId))
                .orElseThrow(() -> new InvalidInput("pretestOf", "quiz.notFound"));
        quiz.pairAsPretestOf(postTest, quizzes.of(quiz.courseId()));
        audit.record(trainer.username(), "quiz.paired", "quiz:" + id.value(), postTestId == null ? "none" : "pre-test of quiz:" + postTestId);
        return QuizView.of(quiz);
    }

    /** Whether anyone has started the quiz, so its trainer knows which settings are fixed now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean started(Actor trainer, QuizId id) {
        Quiz quiz = quizzes.find(id).orElseThrow(() -> new NotFound("quiz.notFound"));
        authoring.requireAuthor(trainer, quiz.courseId());
        return attempts.anyOf(id.value());
    }

    /** A course's quizzes, for its trainers and its learners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuizView> of(Actor actor, CourseId course) {
        allowed(actor, course);
        return quizzes.of(course).stream().map(QuizView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuizView quiz(Actor actor, QuizId id) {
        Quiz quiz = quizzes.find(id).orElseThrow(() -> new NotFound("quiz.notFound"));
        allowed(actor, quiz.courseId());
        return QuizView.of(quiz);
    }

    private void allowed(Actor actor, CourseId course) {
        if (actor.has(Role.TRAINER)) {
            try {
                authoring.requireAuthor(actor, course);
                return;
            } catch (NotPermitted | NotFound notAuthor) {
                // a trainer may also be a learner of another organisation's course
            }
        }
        learning.requireEnrolled(actor, course);
    }

    /** Every fixed question is in the bank and every category holds enough questions for its draw. */
    private void requireDrawable(BankId bank, List<QuizSlot> slots) {
        List<Question> all = questions.of(bank);
        Set<Long> ids = new HashSet<>();
        all.forEach(q -> ids.add(q.id()));
        for (QuizSlot s : slots) {
            if (!s.random() && !ids.contains(s.questionId())) {
                throw new InvalidInput("slots", "quiz.slot.questionNotInBank", s.questionId());
            }
        }
        for (QuizSlot s : slots.stream().filter(QuizSlot::random).toList()) {
            long available = all.stream().filter(s::canDraw).count();
            if (available < s.count()) {
                throw new InvalidInput("slots", "quiz.slot.notEnough", s.category(), s.count(), available);
            }
        }
    }

    private static GradingMethod method(String name) {
        if (name == null || name.isBlank()) {
            return GradingMethod.HIGHEST;
        }
        return Arrays.stream(GradingMethod.values()).filter(m -> m.name().equals(name.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInput("gradingMethod", "quiz.gradingMethod.unknown", name));
    }
}
