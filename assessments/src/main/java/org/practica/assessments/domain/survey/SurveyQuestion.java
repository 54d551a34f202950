package org.practica.assessments.domain.survey;

import org.practica.kernel.InvalidInput;
import org.practica.kernel.Text;

import java.util.List;
import java.util.TreeSet;

/**
 * One question of a survey: its kind, its words, its options (the points of a Likert scale, the
 * choices, or the two end labels of a 0-10 rating), and which options mean "I applied it in my
 * practice" ({@code applied}, indexes into the options), which is what the practice-change
 * indicator counts.
 */
public record SurveyQuestion(SurveyQuestionKind kind, String text, List<String> options, List<Integer> applied) {

    public static final int TEXT_MAX = 500;
    public static final int OPTION_MAX = 200;

    public SurveyQuestion {
        options = options == null ? List.of() : options.stream().map(o -> o == null ? "" : o.strip()).toList();
        applied = applied == null ? List.of() : List.copyOf(new TreeSet<>(applied));
    }

    /** The question as the {@code index}th of a survey, or a refusal naming its field. */
    public SurveyQuestion checked(int index) {
        String field = "questions[" + index + "]";
        if (kind == null) {
            throw new InvalidInput(field + ".kind", "validation.required");
        }
        Text.required(field + ".text", text, TEXT_MAX);
        if (options.size() < kind.fewestOptions() || options.size() > kind.mostOptions()) {
            throw new InvalidInput(field + ".options", "survey.question.options", kind.fewestOptions(), kind.mostOptions());
        }
        for (String option : options) {
            Text.required(field + ".options", option, OPTION_MAX);
        }
        if (!applied.isEmpty() && !kind.picks()) {
            throw new InvalidInput(field + ".applied", "survey.question.appliedNeedsOptions");
        }
        if (applied.stream().anyMatch(a -> a < 0 || a >= options.size())) {
            throw new InvalidInput(field + ".applied", "survey.question.appliedUnknown");
        }
        if (!applied.isEmpty() && applied.size() == options.size()) {
            throw new InvalidInput(field + ".applied", "survey.question.appliedEverything");
        }
        return new SurveyQuestion(kind, text.strip(), options, applied);
    }

    /** Whether this question asks about a change of practice. */
    public boolean asksAboutPractice() {
        return !applied.isEmpty();
    }
}
