package org.practica.assessments.domain.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;
import org.practica.kernel.Text;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An evaluation of a course: asked of each learner as they complete it, or a chosen number of
 * weeks after, anonymously or confidentially. Never graded. A trainer of the course writes it as a
 * DRAFT and may change anything until they OPEN it; from then on its questions and its promise of
 * anonymity are fixed, because people answer under them. It asks those whose moment (completing
 * the course, or the weeks after it) comes while it is open, and those whose moment came in the
 * four weeks before it opened; CLOSED, it asks nobody and keeps its responses.
 */
@Entity
@Table(name = "survey")
public class Survey {

    public static final int TITLE_MAX = 200;
    public static final int MAX_QUESTIONS = 40;
    public static final int MOST_WEEKS = 104;
    /** How long before a survey opened someone's moment may have come for them to be asked still. */
    public static final Duration GRACE = Duration.ofDays(28);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SurveyKind kind;

    @Column(name = "weeks_after", nullable = false)
    private int weeksAfter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Anonymity anonymity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SurveyStatus status;

    @Convert(converter = SurveyQuestionsColumn.class)
    @Column(nullable = false, columnDefinition = "TEXT")
    private List<SurveyQuestion> questions;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected Survey() {
    }

    public Survey(CourseId course, Design design, String createdBy, Instant now) {
        this.courseId = course.value();
        this.status = SurveyStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(design);
    }

    /** What a trainer decides about a survey, checked whole: every refusal at its field. */
    public record Design(String title, SurveyKind kind, Integer weeksAfter, Anonymity anonymity, List<SurveyQuestion> questions) {

        public Design checked() {
            Refusals refusals = new Refusals();
            String checkedTitle = refusals.check(() -> Text.required("title", title, TITLE_MAX));
            refusals.refuseIf(kind == null, "kind", "validation.required");
            refusals.refuseIf(anonymity == null, "anonymity", "validation.required");
            int weeks = 0;
            if (kind == SurveyKind.FOLLOW_UP) {
                refusals.refuseIf(weeksAfter == null || weeksAfter < 1 || weeksAfter > MOST_WEEKS, "weeksAfter", "survey.weeksAfter", MOST_WEEKS);
                weeks = weeksAfter == null ? 0 : weeksAfter;
            }
            List<SurveyQuestion> asked = questions == null ? List.of() : questions;
            refusals.refuseIf(asked.size() > MAX_QUESTIONS, "questions", "survey.tooManyQuestions", MAX_QUESTIONS);
            List<Integer> rows = IntStream.range(0, Math.min(asked.size(), MAX_QUESTIONS)).boxed().toList();
            // every row's refusals are kept: a form shows each beside its own question
            List<SurveyQuestion> checkedQuestions = refusals.checkEach(rows, i -> {
                SurveyQuestion question = asked.get(i);
                if (question == null) {
                    throw new InvalidInput("questions[" + i + "].kind", "validation.required");
                }
                SurveyQuestion ok = question.checked(i);
                // free words can be shown only where nobody is named, and a confidential survey never shows them
                if (ok.kind() == SurveyQuestionKind.FREE_TEXT && anonymity == Anonymity.CONFIDENTIAL) {
                    throw new InvalidInput("questions[" + i + "].kind", "survey.question.freeTextNeedsAnonymity");
                }
                return ok;
            });
            refusals.throwIfAny();
            return new Design(checkedTitle.strip(), kind, weeks, anonymity, checkedQuestions);
        }
    }

    /** A new design; only a draft changes, since people answer an open survey as it stands. */
    public void redesign(Design design) {
        if (status != SurveyStatus.DRAFT) {
            throw new InvalidInput("status", "survey.notDraft");
        }
        apply(design);
    }

    private void apply(Design design) {
        Design checked = design.checked();
        this.title = checked.title();
        this.kind = checked.kind();
        this.weeksAfter = checked.weeksAfter();
        this.anonymity = checked.anonymity();
        this.questions = List.copyOf(checked.questions());
    }

    /** Starts asking; a survey without questions would ask nothing. */
    public void open(Instant now) {
        if (status != SurveyStatus.DRAFT) {
            throw new InvalidInput("status", "survey.notDraft");
        }
        if (questions.isEmpty()) {
            throw new InvalidInput("questions", "survey.noQuestions");
        }
        status = SurveyStatus.OPEN;
        openedAt = now;
    }

    public void close(Instant now) {
        if (status != SurveyStatus.OPEN) {
            throw new InvalidInput("status", "survey.notOpen");
        }
        status = SurveyStatus.CLOSED;
        closedAt = now;
    }

    /** When someone who completed the course at {@code completedAt} is to be asked. */
    public Instant momentFor(Instant completedAt) {
        return kind == SurveyKind.FOLLOW_UP ? completedAt.plus(Duration.ofDays(7L * weeksAfter)) : completedAt;
    }

    /** Whether someone who completed the course at {@code completedAt} is asked at {@code now}. */
    public boolean asks(Instant completedAt, Instant now) {
        if (status != SurveyStatus.OPEN || completedAt == null) {
            return false;
        }
        Instant moment = momentFor(completedAt);
        return !moment.isAfter(now) && !moment.isBefore(openedAt.minus(GRACE));
    }

    /**
     * The answers, one per question, as kept: each fits its question (a known option, one pick
     * where one is asked, a rating from 0 to 10, words within bounds), every misfit refused at
     * {@code answers[i]}, and at least one question answered.
     */
    public List<SurveyAnswer> check(List<SurveyAnswer> given) {
        if (status != SurveyStatus.OPEN) {
            throw new InvalidInput("survey", "survey.notOpen");
        }
        List<SurveyAnswer> answers = given == null ? List.of() : given;
        if (answers.size() > questions.size()) {
            throw new InvalidInput("answers", "survey.answer.tooMany", questions.size());
        }
        Refusals refusals = new Refusals();
        List<SurveyAnswer> kept = refusals.checkEach(IntStream.range(0, questions.size()).boxed().toList(), i -> {
            SurveyAnswer answer = i < answers.size() && answers.get(i) != null ? answers.get(i) : SurveyAnswer.none();
            fits("answers[" + i + "]", questions.get(i), answer);
            return answer;
        });
        refusals.refuseIf(kept.stream().noneMatch(SurveyAnswer::given), "answers", "survey.answer.none");
        refusals.throwIfAny();
        return List.copyOf(kept);
    }

    private static void fits(String field, SurveyQuestion question, SurveyAnswer answer) {
        if (!answer.given()) {
            return;
        }
        switch (question.kind()) {
            case LIKERT, CHOICE, CHOICES -> {
                if (answer.rating() != null || answer.text() != null || answer.picks().isEmpty()) {
                    throw new InvalidInput(field, "survey.answer.pick");
                }
                if (question.kind() != SurveyQuestionKind.CHOICES && answer.picks().size() > 1) {
                    throw new InvalidInput(field, "survey.answer.onePick");
                }
                if (answer.picks().stream().anyMatch(p -> p < 0 || p >= question.options().size())) {
                    throw new InvalidInput(field, "survey.answer.unknownOption");
                }
            }
            case RATING -> {
                if (!answer.picks().isEmpty() || answer.text() != null || answer.rating() < 0 || answer.rating() > 10) {
                    throw new InvalidInput(field, "survey.answer.rating");
                }
            }
            case FREE_TEXT -> {
                if (!answer.picks().isEmpty() || answer.rating() != null) {
                    throw new InvalidInput(field, "survey.answer.words");
                }
                Text.required(field, answer.text(), SurveyAnswer.TEXT_MAX);
            }
        }
    }

    /**
     * Whether these answers say the person changed their practice: yes when an option meaning so
     * was picked in a question that asks it, no when such questions were answered otherwise, null
     * when none was answered (or none asks).
     */
    public Boolean practiceChanged(List<SurveyAnswer> answers) {
        Boolean changed = null;
        for (int i = 0; i < questions.size() && i < answers.size(); i++) {
            SurveyQuestion question = questions.get(i);
            SurveyAnswer answer = answers.get(i);
            if (question.asksAboutPractice() && answer.given()) {
                boolean yes = answer.picks().stream().anyMatch(question.applied()::contains);
                changed = Boolean.TRUE.equals(changed) || yes;
            }
        }
        return changed;
    }

    /** The indexes of the questions answered in free words, which are shown only when nobody is named. */
    public List<Integer> freeTextQuestions() {
        return IntStream.range(0, questions.size()).filter(i -> questions.get(i).kind() == SurveyQuestionKind.FREE_TEXT).boxed().toList();
    }

    public boolean asksAboutPractice() {
        return questions.stream().anyMatch(SurveyQuestion::asksAboutPractice);
    }

    public SurveyId id() {
        return new SurveyId(id);
    }

    public CourseId courseId() {
        return new CourseId(courseId);
    }

    public String title() {
        return title;
    }

    public SurveyKind kind() {
        return kind;
    }

    public int weeksAfter() {
        return weeksAfter;
    }

    public Anonymity anonymity() {
        return anonymity;
    }

    public boolean anonymous() {
        return anonymity == Anonymity.ANONYMOUS;
    }

    public SurveyStatus status() {
        return status;
    }

    public List<SurveyQuestion> questions() {
        return questions;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
