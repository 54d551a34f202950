package org.practica.server.web.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.AskedSurvey;
import org.practica.assessments.application.Surveys;
import org.practica.assessments.domain.survey.SurveyAnswer;
import org.practica.assessments.domain.survey.SurveyId;
import org.practica.assessments.domain.survey.SurveyQuestion;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.PostedId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A survey as the person asked answers it (page courses/survey.xhtml): what it promises about
 * their answers, its questions, every one optional; sent once. A refused answer is shown beside
 * its question, and everything given stays filled in.
 */
@Named("surveyPage")
@RequestScoped
public class SurveyPageBean implements ReloadedAfterRefusal {

    private static final Pattern ANSWER_FIELD = Pattern.compile("answers\\[(\\d+)]");

    @Inject
    Surveys surveys;

    @Inject
    Caller caller;

    private Long id;
    private AskedSurvey survey;
    private boolean loaded;
    private final Map<Integer, String> refusals = new HashMap<>();
    private Map<String, String[]> posted = Map.of();

    public void load() {
        loaded = true;
        if (id == null) {
            FacesFeedback.error("survey.notFound");
            return;
        }
        try {
            survey = surveys.paper(caller.get(), new SurveyId(id));
        } catch (NotFound | NotPermitted e) {
            survey = null;
            FacesFeedback.refused("surveyForm", e);
        }
    }

    public String send() {
        if (getSurvey() == null) {
            return null;
        }
        posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        List<SurveyAnswer> answers = new ArrayList<>();
        for (int i = 0; i < survey.questions().size(); i++) {
            answers.add(answer(i, survey.questions().get(i)));
        }
        try {
            surveys.answer(caller.get(), new SurveyId(id), answers);
        } catch (InvalidInput e) {
            for (InvalidInput one : e.all()) {
                Matcher m = ANSWER_FIELD.matcher(one.field() == null ? "" : one.field());
                if (m.matches()) {
                    refusals.put(Integer.valueOf(m.group(1)), FacesFeedback.text(one.messageKey(), one.arguments()));
                } else {
                    FacesFeedback.error(one.messageKey(), one.arguments());
                }
            }
            if (!refusals.isEmpty()) {
                FacesFeedback.error("survey.answer.someRefused");
            }
            return null;
        }
        FacesFeedback.infoAfterRedirect("survey.thanks");
        return "/courses/survey.xhtml?faces-redirect=true&id=" + id;
    }

    /** What the form posted for question {@code i}: picks, a rating, or words; a number that does not read is refused as out of range. */
    private SurveyAnswer answer(int i, SurveyQuestion question) {
        String[] values = posted.getOrDefault("q" + i, new String[0]);
        List<String> given = Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
        return switch (question.kind()) {
            case FREE_TEXT -> new SurveyAnswer(List.of(), null, given.isEmpty() ? null : given.get(0));
            case RATING -> new SurveyAnswer(List.of(), given.isEmpty() ? null : number(given.get(0)), null);
            default -> new SurveyAnswer(given.stream().map(SurveyPageBean::number).toList(), null, null);
        };
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Why the answer to question {@code i} was refused; null when it was not. */
    public String refusal(int i) {
        return refusals.get(i);
    }

    /** Whether the form posted this value for question {@code i}, to keep a refused form as it was. */
    public boolean chosen(int i, Object value) {
        String[] values = posted.get("q" + i);
        return values != null && Arrays.asList(values).contains(String.valueOf(value));
    }

    public String typed(int i) {
        String[] values = posted.get("q" + i);
        return values == null || values.length == 0 ? "" : values[0];
    }

    /** The points of a 0-10 rating. */
    public List<Integer> getRatingPoints() {
        return java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList();
    }

    /**
     * On a post the page's conditions are checked before view parameters reach the bean, so the
     * survey is loaded on first use, from the posted id if need be.
     */
    public AskedSurvey getSurvey() {
        if (!loaded) {
            if (id == null) {
                id = PostedId.of();
            }
            if (id != null) {
                load();
            }
        }
        return survey;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
