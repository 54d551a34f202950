package org.practica.server.web.assessments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.BankView;
import org.practica.assessments.application.QuestionBanks;
import org.practica.assessments.application.QuestionView;
import org.practica.assessments.application.QuizDraft;
import org.practica.assessments.application.QuizView;
import org.practica.assessments.application.Quizzes;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.quiz.QuizSlot;
import org.practica.assessments.domain.quiz.ReviewMoment;
import org.practica.assessments.domain.quiz.ReviewOptions;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CourseOutline;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.Refusals;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;
import org.practica.server.web.support.PostedId;
import org.practica.server.web.support.Dates;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The quizzes of a course and a form to create one from a bank (page author/quizzes.xhtml). */
@Named("quizEditor")
@ViewScoped
public class QuizEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Quizzes quizzes;

    @Inject
    transient Dates dates;

    @Inject
    transient QuestionBanks banks;

    @Inject
    transient Catalogue catalogue;

    @Inject
    transient Caller caller;

    private Long id;
    /** The quiz whose settings are being changed; null while a new one is written. */
    private Long editing;
    private boolean started;
    private String title;
    private String moduleKey;
    private Long bankId;
    private boolean required = true;
    private Integer timeLimitMinutes;
    private Integer maxAttempts = 0;
    private BigDecimal passPercent = BigDecimal.valueOf(60);
    private String gradingMethod = "HIGHEST";
    private boolean shuffleQuestions;
    private boolean shuffleAnswers = true;
    private String reviewWhen = ReviewMoment.IMMEDIATELY.name();
    /** "all" for every question of the bank, "random" for a draw from one category. */
    private String selection = "all";
    private String opensAt;
    private final FieldRefusal rescheduleRefusal = new FieldRefusal();
    private final FieldRefusal pairingRefusal = new FieldRefusal();
    private String closesAt;
    private String category;
    private Integer count = 5;
    private transient List<QuizView> existing;
    private transient List<BankView> courseBanks;
    private transient List<CourseOutline.ModuleOutline> modules;

    public void load() {
        if (id == null) {
            FacesFeedback.error("course.notFound");
            return;
        }
        try {
            existing = quizzes.of(caller.get(), new CourseId(id));
            if (editing != null && title == null) {
                fill(existing.stream().filter(q -> q.id() == editing).findFirst()
                        .orElseThrow(() -> new NotFound("quiz.notFound")));
            }
            courseBanks = banks.of(caller.get(), new CourseId(id));
            modules = catalogue.outline(caller.get(), new CourseId(id), caller.reader(null)).modules();
        } catch (NotFound | NotPermitted e) {
            existing = null;
            FacesFeedback.refused("quizForm", e);
        }
    }

    /** New opening and closing dates for the quiz whose form was sent, in the trainer's zone as shown. */
    public String reschedule() {
        java.util.Map<String, String> form = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        long quizId = PostedId.required("quiz", "quiz.notFound");
        rescheduleRefusal.run(quizId, null, () -> {
            QuizView quiz = quizzes.quiz(caller.get(), new org.practica.assessments.domain.quiz.QuizId(quizId));
            quizzes.revise(caller.get(), new org.practica.assessments.domain.quiz.QuizId(quizId),
                    QuizDraft.rescheduled(quiz, dates.instant("opensAt", form.get("opensAt-" + quizId)),
                            dates.instant("closesAt", form.get("closesAt-" + quizId))));
            // setting the same dates twice is harmless, so the page answers at once instead of
            // redirecting (a message carried over a redirect was now and then lost)
            FacesFeedback.info("quiz.rescheduled", quiz.title());
        });
        load();
        return null;
    }

    /** Pairs the quiz whose form was sent as the pre-test of the quiz chosen in it, or undoes its pairing. */
    public String pair() {
        java.util.Map<String, String> form = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        long quizId = PostedId.required("quiz", "quiz.notFound");
        String chosen = form.get("pretestOf-" + quizId);
        pairingRefusal.run(quizId, null, () -> {
            QuizView quiz = quizzes.pairAsPretest(caller.get(), new org.practica.assessments.domain.quiz.QuizId(quizId),
                    chosen == null || chosen.isBlank() ? null : Long.valueOf(chosen));
            FacesFeedback.info(quiz.pretestOf() == null ? "quiz.pretest.unpaired" : "quiz.pretest.paired", quiz.title());
        });
        load();
        return null;
    }

    public String pairingError(long quizId) {
        return pairingRefusal.at(quizId, "pretestOf");
    }

    /** The form shows the quiz's settings as they are, in the trainer's zone. */
    private void fill(QuizView quiz) {
        var s = quiz.settings();
        title = quiz.title();
        moduleKey = quiz.moduleKey();
        bankId = quiz.bankId();
        required = quiz.required();
        timeLimitMinutes = s.timeLimit() == null ? null : (int) s.timeLimit().toMinutes();
        maxAttempts = s.maxAttempts();
        passPercent = s.passPercent();
        gradingMethod = s.gradingMethod().name();
        shuffleQuestions = s.shuffleQuestions();
        shuffleAnswers = s.shuffleAnswers();
        reviewWhen = s.review().when().name();
        opensAt = dates.field(s.opensAt());
        closesAt = dates.field(s.closesAt());
        started = quizzes.started(caller.get(), new org.practica.assessments.domain.quiz.QuizId(quiz.id()));
    }

    /** New settings for the quiz being edited; its questions stay as they are. */
    public String saveSettings() {
        var quizId = new org.practica.assessments.domain.quiz.QuizId(editing);
        QuizView quiz = quizzes.quiz(caller.get(), quizId);
        ReviewMoment when = ReviewMoment.valueOf(reviewWhen);
        // the form offers only the moment; finer review choices made through the API stay
        ReviewOptions review = when == quiz.settings().review().when() ? quiz.settings().review()
                : new ReviewOptions(when, true, true, true, when != ReviewMoment.NEVER);
        Refusals typing = new Refusals();
        Instant opens = typing.check(() -> dates.instant("opensAt", opensAt));
        Instant closes = typing.check(() -> dates.instant("closesAt", closesAt));
        quizzes.revise(caller.get(), quizId, new QuizDraft(quiz.moduleKey(), quiz.bankId(), quiz.title(), required,
                timeLimitMinutes, maxAttempts, passPercent, gradingMethod, shuffleQuestions, shuffleAnswers,
                opens, closes, review, null), typing);
        FacesFeedback.infoAfterRedirect("quiz.settingsSaved", quiz.title());
        return "/author/quizzes.xhtml?faces-redirect=true&id=" + id;
    }

    public String create() {
        // a date or a draw the form cannot read is reported together with what the quiz refuses
        Refusals typing = new Refusals();
        List<QuizSlot> slots;
        if ("random".equals(selection)) {
            QuizSlot draw = typing.check(() -> new QuizSlot(null, category == null ? "" : category, count));
            slots = draw == null ? List.of() : List.of(draw);
        } else {
            slots = bankId == null ? List.of() : banks.questions(caller.get(), new BankId(bankId)).stream()
                    .filter(q -> !"DESCRIPTION".equals(q.type())).map((QuestionView q) -> QuizSlot.fixed(q.id())).toList();
        }
        Instant opens = typing.check(() -> dates.instant("opensAt", opensAt));
        Instant closes = typing.check(() -> dates.instant("closesAt", closesAt));
        ReviewMoment when = ReviewMoment.valueOf(reviewWhen);
        QuizView quiz = quizzes.create(caller.get(), new CourseId(id), new QuizDraft(moduleKey, bankId, title, required,
                timeLimitMinutes, maxAttempts, passPercent, gradingMethod, shuffleQuestions, shuffleAnswers, opens, closes,
                new ReviewOptions(when, true, true, true, when != ReviewMoment.NEVER), slots), typing);
        FacesFeedback.infoAfterRedirect("quiz.created", quiz.title());
        return "/author/quizzes.xhtml?faces-redirect=true&id=" + id;
    }

    public List<QuizView> getExisting() { return existing; }
    public Long getEditing() { return editing; }
    public void setEditing(Long editing) { this.editing = editing; }
    public boolean isStarted() { return started; }
    public List<BankView> getCourseBanks() { return courseBanks; }
    public List<CourseOutline.ModuleOutline> getModules() { return modules; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getModuleKey() { return moduleKey; }
    public void setModuleKey(String moduleKey) { this.moduleKey = moduleKey; }
    public Long getBankId() { return bankId; }
    public void setBankId(Long bankId) { this.bankId = bankId; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public Integer getTimeLimitMinutes() { return timeLimitMinutes; }
    public void setTimeLimitMinutes(Integer timeLimitMinutes) { this.timeLimitMinutes = timeLimitMinutes; }
    public Integer getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
    public BigDecimal getPassPercent() { return passPercent; }
    public void setPassPercent(BigDecimal passPercent) { this.passPercent = passPercent; }
    public String getGradingMethod() { return gradingMethod; }
    public void setGradingMethod(String gradingMethod) { this.gradingMethod = gradingMethod; }
    public boolean isShuffleQuestions() { return shuffleQuestions; }
    public void setShuffleQuestions(boolean shuffleQuestions) { this.shuffleQuestions = shuffleQuestions; }
    public boolean isShuffleAnswers() { return shuffleAnswers; }
    public void setShuffleAnswers(boolean shuffleAnswers) { this.shuffleAnswers = shuffleAnswers; }
    public String getReviewWhen() { return reviewWhen; }
    public void setReviewWhen(String reviewWhen) { this.reviewWhen = reviewWhen; }
    public String getSelection() { return selection; }
    public void setSelection(String selection) { this.selection = selection; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public Integer getCount() { return count; }
    public void setCount(Integer count) { this.count = count; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }

    /** Why new dates for a quiz were refused, beside the date field concerned. */
    public String rescheduleError(long quizId, String field) {
        return rescheduleRefusal.at(quizId, field);
    }

    /** A date as a datetime-local field shows it, in UTC. */
}
