package org.practica.server.web.assessments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.QuestionBanks;
import org.practica.assessments.application.QuestionView;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.QuestionTexts;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A question's words in another content language, beside the original (the lower part of page
 * author/question.xhtml when it is opened with {@code lang}). Marks, answers' order and credits
 * stay the original's; only words are translated.
 */
@Named("questionTranslation")
@ViewScoped
public class QuestionTranslationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionBanks banks;

    @Inject
    transient Caller caller;

    @Inject
    QuestionEditorBean editor;

    private String text;
    private String feedback;
    private String contentNote;
    private List<TwoWords> answers = new ArrayList<>();
    private List<TwoWords> pairs = new ArrayList<>();
    private final FieldRefusal refusal = new FieldRefusal();

    /** Fills the form with the translation there is, after the editor has loaded the question. */
    public void load() {
        if (!editor.isLoaded() || !editor.isTranslating()) {
            return;
        }
        try {
            ContentLanguage into = ContentLanguage.of("lang", editor.getLang());
            QuestionView q = banks.question(caller.get(), bank(), editor.getQuestion());
            QuestionTexts existing = banks.translation(caller.get(), bank(), editor.getQuestion(), into).orElse(null);
            text = existing == null ? null : existing.text().text();
            feedback = existing == null || existing.generalFeedback() == null ? null : existing.generalFeedback().text();
            contentNote = existing == null ? null : existing.contentNote();
            answers = new ArrayList<>();
            for (int i = 0; i < q.answers().size(); i++) {
                QuestionTexts.AnswerTexts t = existing != null && i < existing.answers().size() ? existing.answers().get(i) : null;
                answers.add(new TwoWords(t == null ? null : t.text(), t == null ? null : t.feedback(), q.answers().get(i).text()));
            }
            pairs = new ArrayList<>();
            for (int i = 0; i < q.pairs().size(); i++) {
                QuestionView.PairView p = q.pairs().get(i);
                QuestionTexts.PairTexts t = existing != null && i < existing.pairs().size() ? existing.pairs().get(i) : null;
                pairs.add(new TwoWords(t == null ? null : t.prompt(), t == null ? null : t.answer(), p.prompt() + " → " + p.answer()));
            }
        } catch (InvalidInput | NotFound | NotPermitted e) {
            FacesFeedback.refused("translation", e);
        }
    }

    public String save() {
        refusal.clear();
        try {
            ContentLanguage into = ContentLanguage.of("lang", editor.getLang());
            TextFormat format = TextFormat.fromGift(editor.getFormat()).orElse(TextFormat.HTML);
            QuestionTexts texts = new QuestionTexts(new FormattedText(text == null ? "" : text, format),
                    feedback == null || feedback.isBlank() ? null : new FormattedText(feedback, format),
                    answers.stream().map(a -> new QuestionTexts.AnswerTexts(a.getFirst(), a.getSecond())).toList(),
                    pairs.stream().map(p -> new QuestionTexts.PairTexts(orEmpty(p.getFirst()), orEmpty(p.getSecond()))).toList(),
                    contentNote, null);
            banks.translate(caller.get(), bank(), editor.getQuestion(), into, texts);
            FacesFeedback.infoAfterRedirect("question.translated", into.nativeName());
            return "/author/question.xhtml?faces-redirect=true&id=" + editor.getId() + "&bank=" + editor.getBank()
                    + "&question=" + editor.getQuestion();
        } catch (InvalidInput e) {
            refusal.refuse(e);
            return null;
        }
    }

    private BankId bank() {
        return new BankId(editor.getBank());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The message for a field the last save was refused on, or null. */
    public String errorAt(String field) {
        return refusal.atField(field);
    }

    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String v) { feedback = v; }
    public List<TwoWords> getAnswers() { return answers; }
    public List<TwoWords> getPairs() { return pairs; }

    public String getContentNote() { return contentNote; }
    public void setContentNote(String contentNote) { this.contentNote = contentNote; }
}
