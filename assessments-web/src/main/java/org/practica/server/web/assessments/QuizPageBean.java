package org.practica.server.web.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.AttemptSummary;
import org.practica.assessments.application.AttemptView;
import org.practica.assessments.application.Attempts;
import org.practica.assessments.application.QuizView;
import org.practica.assessments.application.Quizzes;
import org.practica.assessments.domain.attempt.AttemptStatus;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.identity.application.Caller;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.PostedId;

import java.util.List;

/** A quiz before and between attempts: its rules, the learner's attempts, start or resume (page courses/quiz.xhtml). */
@Named("quizPage")
@RequestScoped
public class QuizPageBean implements ReloadedAfterRefusal {

    @Inject
    Quizzes quizzes;

    @Inject
    Attempts attempts;

    @Inject
    Caller caller;

    private Long id;
    private QuizView quiz;
    private List<AttemptSummary> mine;

    public void load() {
        if (id == null) {
            FacesFeedback.error("quiz.notFound");
            return;
        }
        try {
            quiz = quizzes.quiz(caller.get(), new QuizId(id));
            mine = attempts.mine(caller.get(), new QuizId(id));
        } catch (NotFound | NotPermitted e) {
            quiz = null;
            FacesFeedback.refused("startForm", e);
        }
    }

    public String start() {
        AttemptView attempt = attempts.start(caller.get(), new QuizId(id), caller.reader(null));
        return "/courses/attempt.xhtml?faces-redirect=true&id=" + attempt.id();
    }

    public boolean isInProgress() { return mine != null && mine.stream().anyMatch(a -> a.status() == AttemptStatus.IN_PROGRESS); }

    /**
     * On a post the page's conditions are checked before view parameters reach the bean, so the
     * quiz is loaded on first use, from the posted id if need be.
     */
    public QuizView getQuiz() {
        if (quiz == null && mine == null) {
            if (id == null) {
                id = PostedId.of();
            }
            if (id != null) {
                load();
            }
        }
        return quiz;
    }

    public List<AttemptSummary> getMine() { return mine; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
