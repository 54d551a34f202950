package org.practica.server.web.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.SurveyDraft;
import org.practica.assessments.application.SurveyView;
import org.practica.assessments.application.Surveys;
import org.practica.assessments.domain.survey.SurveyId;
import org.practica.assessments.domain.survey.SurveyKind;
import org.practica.assessments.domain.survey.SurveyQuestion;
import org.practica.assessments.domain.survey.SurveyQuestionKind;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.PostedId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A course's surveys for its trainers (page author/surveys.xhtml): the list with how many were
 * asked and answered, opening and closing with a confirmation, and a form that writes or changes a
 * draft. The form is plain fields read from the post, so a refused one comes back exactly as sent,
 * each refusal beside its field.
 */
@Named("surveyEditor")
@RequestScoped
public class SurveyEditorBean implements ReloadedAfterRefusal {

    /** One question as the form holds it: its options one a line, a line starting with "*" meaning "applied in practice". */
    public record Row(String kind, String text, String options) {

        static Row of(SurveyQuestion q) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
                lines.add((q.applied().contains(i) ? "* " : "") + q.options().get(i));
            }
            return new Row(q.kind().name(), q.text(), String.join("\n", lines));
        }

        SurveyQuestion question() {
            SurveyQuestionKind k;
            try {
                k = kind == null || kind.isBlank() ? null : SurveyQuestionKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                k = null;
            }
            List<String> opts = new ArrayList<>();
            List<Integer> applied = new ArrayList<>();
            for (String line : (options == null ? "" : options).split("\\R")) {
                String option = line.strip();
                if (option.isEmpty()) {
                    continue;
                }
                if (option.startsWith("*")) {
                    applied.add(opts.size());
                    option = option.substring(1).strip();
                }
                opts.add(option);
            }
            return new SurveyQuestion(k, text, opts, applied);
        }
    }

    @Inject
    Surveys surveys;

    @Inject
    Caller caller;

    private Long id;
    private Long editing;
    private List<SurveyView> existing;
    private SurveyView edited;
    private String title;
    private String kind = SurveyKind.END_OF_COURSE.name();
    private Integer weeksAfter = 12;
    private String anonymity = "ANONYMOUS";
    /**
     * Changed in place, never replaced: the page's repeat keeps the list it read while decoding
     * the post, before the action reads the form.
     */
    private final List<Row> rows = new ArrayList<>(List.of(new Row("LIKERT", "", "")));
    private final Map<String, String> errors = new HashMap<>();
    private boolean loaded;

    public void load() {
        loaded = true;
        if (id == null) {
            FacesFeedback.error("course.notFound");
            return;
        }
        try {
            existing = surveys.of(caller.get(), new CourseId(id));
            if (editing != null && !FacesContext.getCurrentInstance().isPostback()) {
                edited = surveys.one(caller.get(), new SurveyId(editing));
                title = edited.title();
                kind = edited.kind().name();
                weeksAfter = edited.kind() == SurveyKind.FOLLOW_UP ? edited.weeksAfter() : 12;
                anonymity = edited.anonymity().name();
                rows.clear();
                rows.addAll(edited.questions().stream().map(Row::of).toList());
            }
        } catch (NotFound | NotPermitted e) {
            existing = null;
            FacesFeedback.refused("surveyForm", e);
        }
    }

    /** Reads the form as posted; rows ticked for removal are left out. */
    private void readForm() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        title = form.get("title");
        kind = form.get("kind");
        anonymity = form.get("anonymity");
        String weeks = form.getOrDefault("weeksAfter", "").strip();
        try {
            weeksAfter = weeks.isEmpty() ? null : Integer.valueOf(weeks);
        } catch (NumberFormatException e) {
            weeksAfter = -1;
        }
        int count;
        try {
            count = Math.min(Integer.parseInt(form.getOrDefault("rows", "0")), 40);
        } catch (NumberFormatException e) {
            count = 0;
        }
        rows.clear();
        for (int r = 0; r < count; r++) {
            if (form.get("remove-" + r) == null) {
                rows.add(new Row(form.get("kind-" + r), form.get("text-" + r), form.get("options-" + r)));
            }
        }
        String posted = form.get("survey");
        editing = posted == null || posted.isBlank() ? null : Long.valueOf(PostedId.required("survey", "survey.notFound"));
    }

    public String addQuestion() {
        readForm();
        rows.add(new Row("LIKERT", "", ""));
        return null;
    }

    public String save() {
        readForm();
        SurveyDraft draft = new SurveyDraft(title, kind, weeksAfter, anonymity, rows.stream().map(Row::question).toList());
        try {
            SurveyView saved = editing == null ? surveys.create(caller.get(), new CourseId(id), draft)
                    : surveys.redesign(caller.get(), new SurveyId(editing), draft);
            FacesFeedback.infoAfterRedirect("survey.saved", saved.title());
            return "/author/surveys.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            e.all().forEach(one -> errors.put(one.field(), FacesFeedback.text(one.messageKey(), one.arguments())));
            FacesFeedback.error("survey.refused");
            return null;
        }
    }

    public String open() {
        return act(true);
    }

    public String close() {
        return act(false);
    }

    private String act(boolean open) {
        long survey = PostedId.required("survey", "survey.notFound");
        try {
            SurveyView done = open ? surveys.open(caller.get(), new SurveyId(survey)) : surveys.close(caller.get(), new SurveyId(survey));
            FacesFeedback.infoAfterRedirect(open ? "survey.openedNote" : "survey.closedNote", done.title());
            return "/author/surveys.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            FacesFeedback.error(e.messageKey(), e.arguments());
            return null;
        }
    }

    /** Why a field was refused: {@code title}, {@code questions[2].options}...; null when it was not. */
    public String error(String field) {
        return errors.get(field);
    }

    /** The first refusal of a question row, whatever its field, for the row's summary. */
    public String rowError(int row, String part) {
        return errors.get("questions[" + row + "]." + part);
    }

    public List<SurveyView> getExisting() {
        if (!loaded) {
            if (id == null) {
                id = PostedId.of();
            }
            if (id != null) {
                load();
            }
        }
        return existing;
    }

    public SurveyQuestionKind[] getQuestionKinds() { return SurveyQuestionKind.values(); }
    public SurveyKind[] getKinds() { return SurveyKind.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getEditing() { return editing; }
    public void setEditing(Long editing) { this.editing = editing; }
    public SurveyView getEdited() { return edited; }
    public String getTitle() { return title; }
    public String getKind() { return kind; }
    public Integer getWeeksAfter() { return weeksAfter; }
    public String getAnonymity() { return anonymity; }
    public List<Row> getRows() { return rows; }
}
