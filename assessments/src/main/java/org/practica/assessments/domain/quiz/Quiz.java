package org.practica.assessments.domain.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.assessments.domain.bank.BankId;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A quiz inside a module of a course: the questions it asks (chosen or drawn from a bank's
 * categories) and how it is sat. Created by a trainer of the course; changing it affects attempts
 * started afterwards only, because each attempt keeps a copy of its questions. Once the first
 * attempt exists, what would change grades (pass mark, grading method, questions) is fixed; dates,
 * time limit, attempts allowed and review stay editable. A required quiz must be passed for the
 * course to be complete. A trainer may pair it as the pre-test of another quiz of the course (the
 * post-test), or undo the pairing, at any time: the pairing only says which scores to compare.
 */
@Entity
@Table(name = "quiz")
public class Quiz {

    public static final int TITLE_MAX = 200;
    public static final int MAX_SLOTS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "module_key", nullable = false, length = 12)
    private String moduleKey;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false)
    private boolean required;

    @Convert(converter = QuizSettingsColumn.class)
    @Column(nullable = false, columnDefinition = "TEXT")
    private QuizSettings settings;

    @Convert(converter = QuizSlotsColumn.class)
    @Column(nullable = false, columnDefinition = "TEXT")
    private List<QuizSlot> slots;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The post-test this quiz is the pre-test of: learners' scores on the two are compared person by person. */
    @Column(name = "pretest_for")
    private Long pretestFor;

    @Version
    private int version;

    protected Quiz() {
    }

    public Quiz(CourseId course, ContentKey module, BankId bank, String title, boolean required, QuizSettings settings,
                List<QuizSlot> slots, String createdBy, Instant now) {
        this.courseId = course.value();
        this.moduleKey = module.value();
        this.bankId = bank.value();
        this.title = Text.required("title", title, TITLE_MAX);
        this.required = required;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(settings, slots);
    }

    /**
     * New settings and questions. Once anyone has started the quiz, its pass mark, grading method
     * and questions stay: learners already hold results computed with them.
     */
    public void revise(QuizSettings newSettings, List<QuizSlot> newSlots, boolean alreadyAttempted) {
        if (alreadyAttempted && newSettings != null) {
            BigDecimal before = settings.passPercent();
            BigDecimal after = newSettings.passPercent();
            if (before == null ? after != null : after == null || before.compareTo(after) != 0) {
                throw new InvalidInput("passPercent", "quiz.settings.lockedByAttempts");
            }
            if (newSettings.gradingMethod() != settings.gradingMethod()) {
                throw new InvalidInput("gradingMethod", "quiz.settings.lockedByAttempts");
            }
            if (!slots.equals(newSlots)) {
                throw new InvalidInput("slots", "quiz.settings.lockedByAttempts");
            }
        }
        apply(newSettings, newSlots);
    }

    private void apply(QuizSettings newSettings, List<QuizSlot> newSlots) {
        if (newSettings == null) {
            throw new InvalidInput("settings", "validation.required");
        }
        requireSlots(newSlots);
        this.settings = newSettings;
        this.slots = List.copyOf(newSlots);
    }

    /** A quiz asks at least one question and at most {@link #MAX_SLOTS}. */
    public static void requireSlots(List<QuizSlot> slots) {
        if (slots == null || slots.isEmpty()) {
            throw new InvalidInput("slots", "quiz.slots.none");
        }
        if (slots.size() > MAX_SLOTS) {
            throw new InvalidInput("slots", "quiz.slots.tooMany", MAX_SLOTS);
        }
    }

    /**
     * Makes this quiz the pre-test of {@code postTest}, or of none (null). The post-test is another
     * quiz of the same course, asks as many questions (question i of each tests the same topic, so
     * the two can be compared question by question), is no pre-test itself and has no other
     * pre-test; this quiz is nobody's post-test. {@code ofCourse} are the course's quizzes.
     */
    public void pairAsPretestOf(Quiz postTest, java.util.Collection<Quiz> ofCourse) {
        if (postTest == null) {
            pretestFor = null;
            return;
        }
        String field = "pretestOf";
        if (postTest.id().equals(id())) {
            throw new org.practica.kernel.InvalidInput(field, "quiz.pretest.self");
        }
        if (postTest.courseId != courseId) {
            throw new org.practica.kernel.InvalidInput(field, "quiz.pretest.otherCourse");
        }
        if (postTest.pretestFor != null || ofCourse.stream().anyMatch(q -> id.equals(q.pretestFor))) {
            throw new org.practica.kernel.InvalidInput(field, "quiz.pretest.chain");
        }
        if (ofCourse.stream().anyMatch(q -> !q.id.equals(id) && postTest.id.equals(q.pretestFor))) {
            throw new org.practica.kernel.InvalidInput(field, "quiz.pretest.taken");
        }
        if (questionCount(postTest.slots) != questionCount(slots)) {
            throw new org.practica.kernel.InvalidInput(field, "quiz.pretest.questions", questionCount(slots), questionCount(postTest.slots));
        }
        pretestFor = postTest.id;
    }

    private static int questionCount(List<QuizSlot> slots) {
        return slots.stream().mapToInt(s -> s.random() ? s.count() : 1).sum();
    }

    /** The post-test this quiz is the pre-test of, if the trainer paired them. */
    public java.util.Optional<QuizId> pretestFor() {
        return java.util.Optional.ofNullable(pretestFor).map(QuizId::new);
    }

    public QuizId id() {
        return new QuizId(id);
    }

    public CourseId courseId() {
        return new CourseId(courseId);
    }

    public ContentKey moduleKey() {
        return new ContentKey(moduleKey);
    }

    public BankId bankId() {
        return new BankId(bankId);
    }

    public String title() {
        return title;
    }

    public boolean required() {
        return required;
    }

    public QuizSettings settings() {
        return settings;
    }

    public List<QuizSlot> slots() {
        return slots;
    }
}
