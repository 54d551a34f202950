package org.practica.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.practica.assessments.application.QuestionBanks;
import org.practica.assessments.application.QuestionView;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.QuestionTexts;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo quizzes in their courses' other languages. Each translation is a phrase book next to
 * the quiz ({@code 4-teachers-for-returnee-children.kk.json}): the English of every question's
 * text, answer, feedback and pair, and its translation. Words not in the book stay as written,
 * which is what a short answer that is graded as typed needs.
 */
@ApplicationScoped
public class DemoQuizTranslations {

    @Inject
    QuestionBanks questionBanks;

    public void translate(Actor trainer, BankId bank, String quizFile, List<String> languages) {
        for (String language : languages) {
            Map<String, String> book = phrases(quizFile.replace(".gift", "." + language + ".json"));
            if (book.isEmpty()) {
                continue;
            }
            for (QuestionView q : questionBanks.questions(trainer, bank)) {
                if (book.containsKey(q.text())) {
                    questionBanks.translate(trainer, bank, q.id(), ContentLanguage.of("language", language), texts(q, book));
                }
            }
        }
    }

    private static QuestionTexts texts(QuestionView q, Map<String, String> book) {
        TextFormat format = TextFormat.fromGift(q.format()).orElse(TextFormat.PLAIN);
        FormattedText general = q.generalFeedback() == null || q.generalFeedback().isBlank() ? null
                : new FormattedText(book.getOrDefault(q.generalFeedback(), q.generalFeedback()), format);
        return new QuestionTexts(new FormattedText(book.get(q.text()), format), general,
                q.answers().stream().map(a -> new QuestionTexts.AnswerTexts(book.get(a.text()),
                        a.feedback() == null ? null : book.get(a.feedback()))).toList(),
                q.pairs().stream().map(p -> new QuestionTexts.PairTexts(book.getOrDefault(p.prompt(), p.prompt()),
                        book.getOrDefault(p.answer(), p.answer()))).toList(), null, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> phrases(String file) {
        try (InputStream in = DemoQuizTranslations.class.getResourceAsStream("/demo/quizzes/" + file); Jsonb jsonb = JsonbBuilder.create()) {
            return in == null ? Map.of() : jsonb.fromJson(in, HashMap.class);
        } catch (Exception e) {
            throw new IllegalStateException("the demo's phrase book " + file + " cannot be read", e);
        }
    }
}
