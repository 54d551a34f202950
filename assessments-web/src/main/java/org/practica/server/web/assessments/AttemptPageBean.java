package org.practica.server.web.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.AttemptResult;
import org.practica.assessments.application.AttemptView;
import org.practica.assessments.application.Attempts;
import org.practica.assessments.application.Marking;
import org.practica.assessments.domain.attempt.AttemptId;
import org.practica.assessments.domain.attempt.AttemptStatus;
import org.practica.assessments.domain.question.GapKind;
import org.practica.assessments.domain.question.Response;
import org.practica.courses.domain.course.RichText;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PostedId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sitting an attempt (page courses/attempt.xhtml). The form is plain HTML inputs named after each
 * question's slot, so it works without script; a small script also saves each answer the moment it
 * changes, and counts down to the server's deadline.
 */
@Named("attemptPage")
@RequestScoped
public class AttemptPageBean {

    @Inject
    Attempts attempts;

    @Inject
    Marking marking;

    @Inject
    Caller caller;

    private Long id;
    private boolean summary;
    private AttemptView attempt;
    private AttemptResult result;
    private boolean triedLoading;
    private final Map<Integer, String> refusals = new HashMap<>();
    private final Map<Integer, String> refusedTexts = new HashMap<>();
    /** The form as posted, so that a refused cloze question shows every gap as typed. */
    private Map<String, String[]> posted = Map.of();

    public void load() {
        triedLoading = true;
        if (id == null) {
            FacesFeedback.error("attempt.notFound");
            return;
        }
        try {
            attempt = attempts.view(caller.get(), new AttemptId(id));
        } catch (NotFound e) {
            FacesFeedback.error(e.messageKey());
        }
    }

    public void loadResult() {
        if (id == null) {
            FacesFeedback.error("attempt.notFound");
            return;
        }
        try {
            result = marking.resultFor(caller.get(), new AttemptId(id));
        } catch (NotFound notTheirs) {
            FacesFeedback.error(notTheirs.messageKey());
        }
    }

    public String save() {
        if (saveAll()) {
            FacesFeedback.infoAfterRedirect("attempt.saved");
            return "/courses/attempt.xhtml?faces-redirect=true&id=" + id;
        }
        return null;
    }

    /** A break from an untimed quiz: what was typed is saved first, so the place is kept. */
    public String takeBreak() {
        if (saveAll()) {
            return "/break.xhtml?faces-redirect=true&attempt=" + id;
        }
        return null;
    }

    /** Saves what was typed and shows what is answered and what is not, before anything is submitted. */
    public String finish() {
        // answered here, on the same view (saveAll has reloaded the attempt): a postback from a
        // page reached by redirect would carry no CSP nonce for the light template's view to check
        summary = saveAll();
        return null;
    }

    /** The questions not answered yet, by their number on the page, for the summary's links. */
    public List<Integer> getUnanswered() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; attempt != null && i < attempt.questions().size(); i++) {
            if (!attempt.responses().containsKey(attempt.questions().get(i).slot())) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /** The slot of the question with this number on the page, the anchor a summary's link goes to. */
    public int slotOf(int number) {
        return attempt.questions().get(number - 1).slot();
    }

    public int getAnsweredCount() {
        return attempt == null ? 0 : attempt.questions().size() - getUnanswered().size();
    }

    public String submit() {
        if (!saveAll()) {
            return null;
        }
        attempts.submit(caller.get(), new AttemptId(id));
        return "/courses/result.xhtml?faces-redirect=true&id=" + id;
    }

    /**
     * Saves every answered question of the posted form. A refused answer ("six" for a number) is
     * kept as typed and its message shown beside it; the others are saved all the same.
     */
    private boolean saveAll() {
        load();
        if (attempt == null) {
            return false;
        }
        if (attempt.status() != AttemptStatus.IN_PROGRESS && attempt.status() != AttemptStatus.PREPARED) {
            return true;
        }
        if (attempt.status() == AttemptStatus.PREPARED) {
            // a prepared attempt posted from a page with a line: it begins now, as starting it would
            attempts.begin(caller.get(), new AttemptId(id), null);
        }
        Map<String, String[]> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        posted = form;
        try {
            for (AttemptView.Item q : attempt.questions()) {
                try {
                    Response r = response(q, form);
                    if (r != null) {
                        attempts.save(caller.username(), new AttemptId(id), q.slot(), r);
                    }
                } catch (InvalidInput e) {
                    refusals.put(q.slot(), FacesFeedback.text(e.messageKey(), e.arguments()));
                    String[] typed = form.get("a" + q.slot());
                    refusedTexts.put(q.slot(), typed == null || typed.length == 0 ? "" : typed[0]);
                }
            }
        } catch (NotFound | NotPermitted e) {
            FacesFeedback.refused("attemptForm", e);
            load();
            return false;
        }
        load();
        if (!refusals.isEmpty()) {
            FacesFeedback.error("attempt.someRefused");
            return false;
        }
        return true;
    }

    /** Why the answer to a question was not saved, shown beside it; null when it was. */
    public String refusal(int slot) {
        return refusals.get(slot);
    }

    public boolean isAnswered(int slot) {
        return saved(slot) != null;
    }

    private static Response response(AttemptView.Item q, Map<String, String[]> form) {
        String name = "a" + q.slot();
        String[] values = form.get(name);
        String first = values == null || values.length == 0 ? null : values[0];
        try {
            return switch (q.type()) {
                case "SINGLE_CHOICE" -> first == null ? null : Response.choice(Integer.parseInt(first));
                case "MULTIPLE_RESPONSE" -> values == null ? null
                        : Response.choices(java.util.Arrays.stream(values).map(Integer::valueOf).toList());
                case "TRUE_FALSE" -> first == null ? null : Response.truth(Boolean.parseBoolean(first));
                case "SHORT_ANSWER", "NUMERICAL", "ESSAY" -> first == null || first.isBlank() ? null : Response.text(first);
                case "MATCHING" -> {
                    Map<Integer, String> matches = new HashMap<>();
                    for (AttemptView.Choice p : q.prompts()) {
                        String[] v = form.get(name + "_" + p.index());
                        if (v != null && v.length > 0 && !v[0].isBlank()) {
                            matches.put(p.index(), v[0]);
                        }
                    }
                    yield matches.isEmpty() ? null : Response.matches(matches);
                }
                case "CLOZE" -> {
                    Map<Integer, Response> parts = new HashMap<>();
                    for (AttemptView.Gap g : q.gaps()) {
                        String[] v = form.get(name + "_g" + g.number());
                        if (v == null || v.length == 0 || v[0].isBlank()) {
                            continue;
                        }
                        parts.put(g.number(), switch (GapKind.valueOf(g.kind()).answeredAs()) {
                            case SINGLE_CHOICE -> Response.choice(Integer.parseInt(v[0]));
                            case MULTIPLE_RESPONSE -> Response.choices(java.util.Arrays.stream(v).map(Integer::valueOf).toList());
                            default -> Response.text(v[0]);
                        });
                    }
                    yield parts.isEmpty() ? null : Response.parts(parts);
                }
                default -> null;
            };
        } catch (NumberFormatException e) {
            throw new InvalidInput("response", "question.response.outOfRange");
        }
    }

    // what the page shows as already answered

    public boolean chosen(int slot, int index) {
        Response r = saved(slot);
        return r != null && (r.choice() != null && r.choice() == index || r.choices() != null && r.choices().contains(index));
    }

    public boolean truth(int slot, boolean value) {
        Response r = saved(slot);
        return r != null && r.truth() != null && r.truth() == value;
    }

    public String text(int slot) {
        if (refusedTexts.containsKey(slot)) {
            return refusedTexts.get(slot);
        }
        Response r = saved(slot);
        return r == null || r.text() == null ? "" : r.text();
    }

    public boolean matched(int slot, int prompt, String answer) {
        Response r = saved(slot);
        return r != null && r.matches() != null && answer.equals(r.matches().get(prompt));
    }

    /** What is in a typed gap: as posted when the question was refused, else as saved. */
    public String gapText(int slot, int gap) {
        if (refusals.containsKey(slot)) {
            String[] typed = posted.get("a" + slot + "_g" + gap);
            return typed == null || typed.length == 0 ? "" : typed[0];
        }
        Response part = savedPart(slot, gap);
        return part == null || part.text() == null ? "" : part.text();
    }

    public boolean gapChosen(int slot, int gap, int index) {
        if (refusals.containsKey(slot)) {
            String[] chosen = posted.get("a" + slot + "_g" + gap);
            return chosen != null && java.util.Arrays.asList(chosen).contains(String.valueOf(index));
        }
        Response part = savedPart(slot, gap);
        return part != null && (part.choice() != null && part.choice() == index || part.choices() != null && part.choices().contains(index));
    }

    /** The accessible name of a gap's field: "Gap 2". */
    public String gapLabel(int gap) {
        return FacesFeedback.text("attempt.gap", gap);
    }

    /** A choice's words for a drop-down, which shows no markup. */
    public String words(String html) {
        return RichText.plainText(html);
    }

    private Response savedPart(int slot, int gap) {
        Response r = saved(slot);
        return r == null || r.parts() == null ? null : r.parts().get(gap);
    }

    private Response saved(int slot) {
        return attempt == null ? null : attempt.responses().get(slot);
    }

    /** Loaded on first use too, for the same reason as {@link QuizPageBean#getQuiz()}. */
    public AttemptView getAttempt() {
        if (attempt == null && !triedLoading) {
            if (id == null) {
                id = PostedId.of();
            }
            if (id != null) {
                load();
            }
        }
        return attempt;
    }

    public AttemptResult getResult() { return result; }
    public boolean isSummary() { return summary; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
