package org.practica.server.web.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.CourseGradebook;
import org.practica.assessments.application.EssayToGrade;
import org.practica.assessments.application.Gradebook;
import org.practica.assessments.application.Marking;
import org.practica.assessments.domain.attempt.AttemptId;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.PostedId;
import org.practica.server.web.support.TypedNumber;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Essays waiting for a grade, and the gradebook of a course (page author/grading.xhtml). */
@Named("grading")
@RequestScoped
public class GradingBean implements ReloadedAfterRefusal {

    @Inject
    Marking marking;

    @Inject
    CourseGradebook gradebooks;

    @Inject
    Caller caller;

    @Inject
    org.practica.courses.application.Teaching teaching;

    private Long id;
    private Long cohort;
    private List<EssayToGrade> essays;
    private Gradebook book;
    private List<org.practica.courses.application.CohortView> cohorts;
    private String refusedEssay;
    private String refusal;
    private String typedScore;
    private String typedComment;

    public void load() {
        if (id == null) {
            FacesFeedback.error("course.notFound");
            return;
        }
        try {
            essays = marking.essaysToGrade(caller.get(), new CourseId(id));
            book = gradebooks.of(caller.get(), new CourseId(id), cohort, caller.reader(null));
            cohorts = teaching.cohorts(caller.get(), new CourseId(id));
        } catch (InvalidInput | NotFound | NotPermitted e) {
            essays = null;
            book = null;
            FacesFeedback.refused("gradeForm", e);
        }
    }

    /** Grades the essay whose button was pressed; its score and comment come from fields named after it. */
    public String grade() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String target = form.get("essay");
        if (id == null) {
            id = PostedId.of();
        }
        if (target == null || !target.matches("\\d+-\\d+")) {
            throw new InvalidInput("essay", "attempt.notFound");
        }
        String[] parts = target.split("-");
        String raw = form.get("score-" + target);
        try {
            List<Integer> levels = levels(form, target);
            BigDecimal score = levels == null ? TypedNumber.decimal("score", raw, "validation.number") : null;
            marking.gradeEssay(caller.get(), new AttemptId(Long.parseLong(parts[0])), Integer.parseInt(parts[1]), score, levels,
                    form.get("comment-" + target));
        } catch (InvalidInput e) {
            // beside the score of the essay it belongs to, with what was typed kept
            refusedEssay = target;
            refusal = FacesFeedback.text(e.messageKey(), e.arguments());
            typedScore = raw;
            typedComment = form.get("comment-" + target);
            return null;
        }
        FacesFeedback.infoAfterRedirect("grading.saved");
        return "/author/grading.xhtml?faces-redirect=true&id=" + id;
    }

    /**
     * The levels chosen, one radio group per criterion named "level-<essay>-<criterion>", or null
     * when the essay has no rubric on the page; a criterion left unjudged is refused by the rubric.
     */
    private static List<Integer> levels(Map<String, String> form, String target) {
        String count = form.get("criteria-" + target);
        if (count == null) {
            return null;
        }
        List<Integer> levels = new java.util.ArrayList<>();
        for (int i = 0; i < Integer.parseInt(count); i++) {
            String chosen = form.get("level-" + target + "-" + i);
            levels.add(chosen == null || !chosen.matches("\\d{1,2}") ? null : Integer.valueOf(chosen));
        }
        return levels;
    }

    /** Why the grade of this essay was refused; null for every other essay. */
    public String refusalFor(String essay) {
        return essay.equals(refusedEssay) ? refusal : null;
    }

    public String typedScore(String essay) {
        return essay.equals(refusedEssay) ? typedScore : "";
    }

    public String typedComment(String essay) {
        return essay.equals(refusedEssay) ? typedComment : "";
    }

    public String getCsvUrl() { return "/api/v1/quizzes/gradebook.csv?course=" + id + (cohort == null ? "" : "&cohort=" + cohort); }

    public List<EssayToGrade> getEssays() {
        if (essays == null && book == null && (id != null || PostedId.of() != null)) {
            if (id == null) {
                id = PostedId.of();
            }
            load();
        }
        return essays;
    }

    public Gradebook getBook() {
        getEssays();
        return book;
    }

    public List<org.practica.courses.application.CohortView> getCohorts() {
        getEssays();
        return cohorts;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCohort() { return cohort; }
    public void setCohort(Long cohort) { this.cohort = cohort; }
}
