package org.practica.server.web.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.SurveyResults;
import org.practica.assessments.application.Surveys;
import org.practica.assessments.domain.survey.SurveyId;
import org.practica.assessments.domain.survey.SurveyTally;
import org.practica.identity.application.Caller;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;

import java.util.ArrayList;
import java.util.List;

/** What a survey's answers add up to, for its trainer (page author/survey-results.xhtml). */
@Named("surveyResults")
@RequestScoped
public class SurveyResultsBean {

    /** One bar of a question's table: its label, its count, its share of those who answered, and the bar's length. */
    public record Bar(String label, long count, long percent) {
    }

    @Inject
    Surveys surveys;

    @Inject
    Caller caller;

    private Long id;
    private SurveyResults results;

    public void load() {
        if (id == null) {
            FacesFeedback.error("survey.notFound");
            return;
        }
        try {
            results = surveys.results(caller.get(), new SurveyId(id));
        } catch (NotFound | NotPermitted e) {
            FacesFeedback.refused("results", e);
        }
    }

    /** The rows of a question's table: each option (or each point from 0 to 10) with how many picked it. */
    public List<Bar> bars(SurveyTally.QuestionTally q) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < q.counts().size(); i++) {
            String label = q.question().kind().name().equals("RATING") ? String.valueOf(i) : q.question().options().get(i);
            long count = q.counts().get(i);
            bars.add(new Bar(label, count, q.answered() == 0 ? 0 : Math.round(100.0 * count / q.answered())));
        }
        return bars;
    }

    public SurveyResults getResults() { return results; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
