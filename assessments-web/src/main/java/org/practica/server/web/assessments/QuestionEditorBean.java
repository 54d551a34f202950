package org.practica.server.web.assessments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.QuestionBanks;
import org.practica.assessments.application.QuestionDraft;
import org.practica.assessments.application.QuestionView;
import org.practica.assessments.application.RevisedQuestion;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.Hint;
import org.practica.assessments.domain.question.QuestionDetails;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;
import org.practica.server.web.support.TypedNumber;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writing and editing one question in a form made for its type (page author/question.xhtml), and
 * giving its words in another language. Credits are typed as percentages, as trainers think of
 * them; spare blank rows are ignored. A mistake is shown next to the field it concerns.
 */
@Named("questionEditor")
@ViewScoped
public class QuestionEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SPARE_ROWS = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    transient QuestionBanks banks;

    @Inject
    transient Caller caller;

    private Long id;
    private Long bank;
    private Long question;
    private String type;
    private String lang;

    private String name;
    private String category;
    private String text;
    private String format = TextFormat.HTML.giftName();
    private String mark;
    private String generalFeedback;
    private String rubric;
    private String contentNote;
    /** Comma-separated, as typed; and one hint a line. */
    private String tags;
    private String hints;
    private boolean caseSensitive;
    private boolean shuffle;
    private boolean truth = true;
    private String feedbackIfTrue;
    private String feedbackIfFalse;
    private List<AnswerRow> answers = new ArrayList<>();
    private List<TwoWords> pairs = new ArrayList<>();
    private List<TwoWords> units = new ArrayList<>();
    private List<String> translations = List.of();
    private String language;


    private boolean loaded;
    private final FieldRefusal refusal = new FieldRefusal();

    public void load() {
        if (id == null || bank == null) {
            FacesFeedback.error("bank.notFound");
            return;
        }
        try {
            if (banks.bank(caller.get(), new BankId(bank)).courseId() != id) {
                throw new NotFound("bank.notFound");
            }
            if (question != null) {
                fill(banks.question(caller.get(), new BankId(bank), question));
            } else {
                type = kind().name();
                shuffle = offersChoices();
                spareRows();
            }
            loaded = true;
        } catch (InvalidInput | NotFound | NotPermitted e) {
            loaded = false;
            FacesFeedback.refused("editor", e);
        }
    }

    private void fill(QuestionView q) {
        type = q.type();
        name = q.name();
        category = q.category();
        text = q.text();
        format = q.format();
        mark = q.defaultMark().stripTrailingZeros().toPlainString();
        generalFeedback = q.generalFeedback();
        rubric = q.rubric();
        contentNote = q.contentNote();
        tags = String.join(", ", q.details().tags());
        hints = q.details().hints().stream().map(h -> h.text().text().replace("\n", " ")).collect(java.util.stream.Collectors.joining("\n"));
        caseSensitive = q.caseSensitive();
        shuffle = q.shuffleAnswers();
        language = q.language();
        translations = q.translations();
        answers = new ArrayList<>();
        if (kind() == QuestionType.TRUE_FALSE && q.answers().size() == 2) {
            truth = q.answers().get(0).fraction().signum() > 0;
            feedbackIfTrue = q.answers().get(0).feedback();
            feedbackIfFalse = q.answers().get(1).feedback();
        } else {
            for (QuestionView.AnswerView a : q.answers()) {
                answers.add(new AnswerRow(a.text(), a.fraction().multiply(HUNDRED).stripTrailingZeros().toPlainString(),
                        a.feedback(), a.tolerance() == null ? null : a.tolerance().stripTrailingZeros().toPlainString()));
            }
        }
        pairs = new ArrayList<>(q.pairs().stream().map(p -> new TwoWords(p.prompt(), p.answer(), null)).toList());
        units = new ArrayList<>(q.units().stream()
                .map(u -> new TwoWords(u.unit(), u.multiplier().stripTrailingZeros().toPlainString(), null)).toList());
        spareRows();
    }

    private void spareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            answers.add(new AnswerRow());
            pairs.add(new TwoWords());
        }
        units.add(new TwoWords());
    }

    public String save() {
        refusal.clear();
        try {
            // a number the form cannot read is reported with every other problem of the question
            Refusals typing = new Refusals();
            QuestionDraft draft = draft(typing);
            if (typing.any()) {
                typing.check(draft::toDefinition);
                typing.throwIfAny();
            }
            if (question == null) {
                QuestionView written = banks.write(caller.get(), new BankId(bank), draft, caller.reader(null));
                FacesFeedback.infoAfterRedirect("question.written", written.name());
            } else {
                RevisedQuestion revised = banks.revise(caller.get(), new BankId(bank), question, draft);
                if (revised.translationsDropped().isEmpty()) {
                    FacesFeedback.infoAfterRedirect("question.revised", revised.question().name());
                } else {
                    FacesFeedback.infoAfterRedirect("question.revisedTranslationsDropped", revised.question().name(),
                            String.join(", ", revised.translationsDropped()));
                }
            }
            return "/author/questions.xhtml?faces-redirect=true&id=" + id + "&bank=" + bank;
        } catch (InvalidInput e) {
            refusal.refuse(e);
            return null;
        }
    }

    private QuestionDraft draft(Refusals typing) {
        QuestionType kind = kind();
        List<QuestionView.AnswerView> drafted = new ArrayList<>();
        if (kind == QuestionType.TRUE_FALSE) {
            drafted.add(new QuestionView.AnswerView("true", null, truth ? BigDecimal.ONE : BigDecimal.ZERO, feedbackIfTrue, null));
            drafted.add(new QuestionView.AnswerView("false", null, truth ? BigDecimal.ZERO : BigDecimal.ONE, feedbackIfFalse, null));
        } else if (takesAnswers()) {
            for (int i = 0; i < answers.size(); i++) {
                AnswerRow r = answers.get(i);
                BigDecimal percent = number(typing, "answers[" + i + "].fraction", r.getPercent());
                drafted.add(new QuestionView.AnswerView(r.getText(), null,
                        percent == null ? null : percent.divide(HUNDRED), r.getFeedback(),
                        kind == QuestionType.NUMERICAL ? number(typing, "answers[" + i + "].tolerance", r.getTolerance()) : null));
            }
        }
        List<QuestionView.PairView> drafts = kind == QuestionType.MATCHING
                ? pairs.stream().map(p -> new QuestionView.PairView(p.getFirst(), p.getSecond())).toList() : List.of();
        List<QuestionView.UnitView> unitDrafts = new ArrayList<>();
        if (kind == QuestionType.NUMERICAL) {
            for (int i = 0; i < units.size(); i++) {
                unitDrafts.add(new QuestionView.UnitView(units.get(i).getFirst(), number(typing, "units[" + i + "].multiplier", units.get(i).getSecond())));
            }
        }
        return new QuestionDraft(category, name, type, text, format, generalFeedback, number(typing, "defaultMark", mark),
                caseSensitive, shuffle, drafted, drafts, unitDrafts, isEssay() ? rubric : null, contentNote, details());
    }

    /**
     * The question's details with the tags and hints as typed; the rest (penalty, combined
     * feedback, essay settings... from Moodle) as the question had them. A hint keeps the
     * settings of the hint it replaces.
     */
    private QuestionDetails details() {
        QuestionDetails before = question == null ? null : banks.question(caller.get(), new BankId(bank), question).details();
        List<Hint> kept = before == null ? List.of() : before.hints();
        List<String> lines = hints == null ? List.of() : hints.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        TextFormat hintFormat = TextFormat.fromGift(format == null ? "" : format).orElse(TextFormat.HTML);
        List<Hint> written = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Hint old = i < kept.size() ? kept.get(i) : null;
            written.add(new Hint(new FormattedText(lines.get(i), hintFormat), old != null && old.showNumCorrect(), old != null && old.clearWrong()));
        }
        List<String> tagged = tags == null ? List.of() : java.util.Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return before == null ? new QuestionDetails(null, written, null, tagged, null, null, false, null, null)
                : new QuestionDetails(before.penalty(), written, before.combined(), tagged, before.idNumber(), before.answerNumbering(),
                before.showStandardInstruction(), before.essay(), before.units());
    }

    private static BigDecimal number(Refusals typing, String field, String typed) {
        return typing.check(() -> TypedNumber.decimal(field, typed, "question.numerical.notNumber"));
    }

    private QuestionType kind() {
        try {
            return type == null ? QuestionType.SINGLE_CHOICE : QuestionType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return QuestionType.SINGLE_CHOICE;
        }
    }

    /** The message for a field the last save was refused on, or null. */
    public String errorAt(String field) {
        return refusal.atField(field);
    }

    public String rowError(String list, int index, String part) {
        return errorAt(list + "[" + index + "]." + part);
    }

    /** A refusal about a field that has no place of its own on the form, shown above it. */
    public String getOtherError() { return refusal.elsewhere(PLACED); }

    private static final java.util.regex.Pattern PLACED = java.util.regex.Pattern.compile(
            "name|category|text|defaultMark|generalFeedback|rubric|contentNote|tags|hints|answers|pairs|units|answers\\[\\d+]\\.(fraction|tolerance)"
                    + "|units\\[\\d+]\\.multiplier");

    public boolean takesAnswers() {
        QuestionType k = kind();
        return k == QuestionType.SINGLE_CHOICE || k == QuestionType.MULTIPLE_RESPONSE || k == QuestionType.SHORT_ANSWER
                || k == QuestionType.NUMERICAL;
    }

    public boolean offersChoices() {
        QuestionType k = kind();
        return k == QuestionType.SINGLE_CHOICE || k == QuestionType.MULTIPLE_RESPONSE || k == QuestionType.MATCHING;
    }

    public List<String> getTypes() { return Arrays.stream(QuestionType.values()).map(Enum::name).toList(); }
    public List<String> getFormats() { return Arrays.stream(TextFormat.values()).map(TextFormat::giftName).toList(); }

    /** Languages the question can be translated into: all but its own. */
    public List<ContentLanguage> getTargetLanguages() { return Arrays.stream(ContentLanguage.values()).filter(l -> !l.code().equals(language)).toList(); }
    public boolean isLoaded() { return loaded; }
    public boolean isNumerical() { return kind() == QuestionType.NUMERICAL; }
    public boolean isShortAnswer() { return kind() == QuestionType.SHORT_ANSWER; }
    public boolean isTrueFalse() { return kind() == QuestionType.TRUE_FALSE; }
    public boolean isMatching() { return kind() == QuestionType.MATCHING; }
    public boolean isEssay() { return kind() == QuestionType.ESSAY; }
    public boolean isCloze() { return kind() == QuestionType.CLOZE; }

    /** How to write gaps, with an example of each sort (code, so not in the bundle). */
    public String getClozeHint() {
        List<String> examples = org.practica.assessments.domain.question.ClozeText.EXAMPLES.stream()
                .map(e -> e.replace("&", "&amp;").replace("<", "&lt;")).toList();
        return FacesFeedback.text("editor.clozeHint", examples.toArray());
    }
    public String getContentNote() { return contentNote; }
    public void setContentNote(String contentNote) { this.contentNote = contentNote; }
    public String getRubric() { return rubric; }
    public void setRubric(String rubric) { this.rubric = rubric; }
    public boolean isTranslating() { return question != null && lang != null && !lang.isBlank(); }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public Long getBank() { return bank; }
    public void setBank(Long v) { bank = v; }
    public Long getQuestion() { return question; }
    public void setQuestion(Long v) { question = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getLang() { return lang; }
    public void setLang(String v) { lang = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getFormat() { return format; }
    public void setFormat(String v) { format = v; }
    public String getMark() { return mark; }
    public void setMark(String v) { mark = v; }
    public String getGeneralFeedback() { return generalFeedback; }
    public void setGeneralFeedback(String v) { generalFeedback = v; }
    public boolean isCaseSensitive() { return caseSensitive; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getHints() { return hints; }
    public void setHints(String hints) { this.hints = hints; }
    public void setCaseSensitive(boolean v) { caseSensitive = v; }
    public boolean isShuffle() { return shuffle; }
    public void setShuffle(boolean v) { shuffle = v; }
    public String getTruth() { return String.valueOf(truth); }
    public void setTruth(String v) { truth = Boolean.parseBoolean(v); }
    public String getFeedbackIfTrue() { return feedbackIfTrue; }
    public void setFeedbackIfTrue(String v) { feedbackIfTrue = v; }
    public String getFeedbackIfFalse() { return feedbackIfFalse; }
    public void setFeedbackIfFalse(String v) { feedbackIfFalse = v; }
    public List<AnswerRow> getAnswers() { return answers; }
    public List<TwoWords> getPairs() { return pairs; }
    public List<TwoWords> getUnits() { return units; }
    public List<String> getTranslations() { return translations; }
    public String getLanguage() { return language; }
}
