package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.bank.Question;
import org.practica.assessments.domain.bank.QuestionRepository;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.Hint;
import org.practica.assessments.domain.question.MatchPair;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionTexts;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.documents.Xliff;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A question bank out to translators and back, as XLIFF 2.0: every question written in the
 * file's source language gives units for its text, general feedback, content note, answers and
 * their feedback, matching pairs and hints (numbers and true/false keep their values; only their
 * feedback is words). A cloze question's gaps stay in its text, braces and all, for the translator
 * to word inside them. A translation comes back as each question's words in the target language,
 * checked against the question's shape as a translation typed in the editor is (a cloze text must
 * keep the original's gaps). Units whose source changed since the export are refused by id, and a
 * question is translated only when all its units are and its shape holds; otherwise all its units
 * are refused.
 */
@ApplicationScoped
@Transactional
public class BankTranslations {

    /** The largest translation file read: a bank's words twice (source and target). */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    /** What an import did: the language, how many questions it translated, and the units it refused by id. */
    public record Imported(String language, int questions, List<String> refused) {
    }

    @Inject
    QuestionBanks banks;

    @Inject
    QuestionRepository questions;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The bank's questions written in {@code from} (else the bank's most used language), for translation into {@code into}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String export(Actor trainer, BankId id, String from, String into) {
        banks.authored(trainer, id);
        List<Question> all = questions.of(id);
        ContentLanguage source = from == null || from.isBlank() ? mostUsed(all) : ContentLanguage.of("from", from);
        ContentLanguage target = ContentLanguage.of("language", into);
        if (target == source) {
            throw new InvalidInput("language", "translation.sameLanguage", into);
        }
        List<Xliff.Unit> units = new ArrayList<>();
        for (Question q : all) {
            if (q.language() == source) {
                Map<String, String> translated = q.translationIn(target).map(t -> texts(q.id(), t.applyTo(q.definition())))
                        .orElse(Map.of());
                texts(q.id(), q.definition()).forEach((unit, text) -> units.add(new Xliff.Unit(unit, text, translated.get(unit))));
            }
        }
        return Xliff.write(source.code(), target.code(), "bank-" + id.value(), units);
    }

    public Imported importTranslation(Actor trainer, BankId id, String file) {
        banks.authored(trainer, id);
        Xliff.Document doc = Xliff.readFor("file", file);
        ContentLanguage source = ContentLanguage.of("file", doc.sourceLanguage());
        ContentLanguage target = ContentLanguage.of("file", doc.targetLanguage());
        // the bank's questions in the file's language and their words, read once for all the file's units
        Map<Long, Question> written = new LinkedHashMap<>();
        Map<Long, Map<String, String>> sources = new LinkedHashMap<>();
        for (Question q : questions.of(id)) {
            if (q.language() == source) {
                written.put(q.id(), q);
                sources.put(q.id(), texts(q.id(), q.definition()));
            }
        }
        Map<Long, Map<String, String>> byQuestion = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (Xliff.Unit unit : doc.units()) {
            Optional<Long> question = questionOf(unit.id()).filter(sources::containsKey);
            String now = question.map(q -> sources.get(q).get(unit.id())).orElse(null);
            if (now == null || !Xliff.sameText(now, unit.source())) {
                refused.add(unit.id());
            } else if (unit.target() != null && !unit.target().isBlank()) {
                byQuestion.computeIfAbsent(question.get(), k -> new LinkedHashMap<>()).put(unit.id(), unit.target().strip());
            }
        }
        int translated = 0;
        for (Map.Entry<Long, Map<String, String>> e : byQuestion.entrySet()) {
            Question q = written.get(e.getKey());
            Map<String, String> all = sources.get(e.getKey());
            if (!e.getValue().keySet().containsAll(all.keySet())) {
                all.keySet().stream().filter(u -> e.getValue().containsKey(u)).forEach(refused::add);
                continue;
            }
            try {
                q.translate(target, translation(q.id(), q.definition(), e.getValue()), clock.instant());
                translated++;
            } catch (InvalidInput shapeBroken) {
                refused.addAll(e.getValue().keySet());
            }
        }
        if (translated > 0) {
            audit.record(trainer.username(), "bank.translated", "bank:" + id.value(), target.code() + ": " + translated + " questions");
        }
        return new Imported(target.code(), translated, List.copyOf(refused));
    }

    /** Every word of a question by unit id, in reading order. */
    static Map<String, String> texts(long id, QuestionDefinition d) {
        Map<String, String> units = new LinkedHashMap<>();
        String stem = "q" + id + ".";
        units.put(stem + "text", d.text().text());
        if (d.generalFeedback() != null && !d.generalFeedback().blank()) {
            units.put(stem + "feedback", d.generalFeedback().text());
        }
        if (d.options().contentNote() != null) {
            units.put(stem + "note", d.options().contentNote());
        }
        boolean wordsAnswers = d.type() != QuestionType.NUMERICAL && d.type() != QuestionType.TRUE_FALSE;
        for (int i = 0; i < d.answers().size(); i++) {
            Answer a = d.answers().get(i);
            if (wordsAnswers) {
                units.put(stem + "answer" + i, a.text().text());
            }
            if (a.feedback() != null && !a.feedback().blank()) {
                units.put(stem + "answer" + i + ".feedback", a.feedback().text());
            }
        }
        for (int i = 0; i < d.pairs().size(); i++) {
            MatchPair p = d.pairs().get(i);
            units.put(stem + "pair" + i + ".prompt", p.prompt().text());
            units.put(stem + "pair" + i + ".answer", p.answer());
        }
        List<Hint> hints = d.options().details().hints();
        for (int i = 0; i < hints.size(); i++) {
            units.put(stem + "hint" + i, hints.get(i).text().text());
        }
        return units;
    }

    private static QuestionTexts translation(long id, QuestionDefinition d, Map<String, String> t) {
        String stem = "q" + id + ".";
        List<QuestionTexts.AnswerTexts> answers = new ArrayList<>();
        for (int i = 0; i < d.answers().size(); i++) {
            answers.add(new QuestionTexts.AnswerTexts(t.get(stem + "answer" + i), t.get(stem + "answer" + i + ".feedback")));
        }
        List<QuestionTexts.PairTexts> pairs = new ArrayList<>();
        for (int i = 0; i < d.pairs().size(); i++) {
            pairs.add(new QuestionTexts.PairTexts(t.get(stem + "pair" + i + ".prompt"), t.get(stem + "pair" + i + ".answer")));
        }
        List<String> hints = new ArrayList<>();
        for (int i = 0; i < d.options().details().hints().size(); i++) {
            hints.add(t.get(stem + "hint" + i));
        }
        FormattedText general = t.containsKey(stem + "feedback") ? new FormattedText(t.get(stem + "feedback"), d.generalFeedback().format()) : null;
        return new QuestionTexts(new FormattedText(t.get(stem + "text"), d.text().format()), general, answers, pairs, t.get(stem + "note"),
                hints);
    }

    private static Optional<Long> questionOf(String unit) {
        int dot = unit.indexOf('.');
        if (!unit.startsWith("q") || dot < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(unit.substring(1, dot)));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    private static ContentLanguage mostUsed(List<Question> all) {
        Map<ContentLanguage, Integer> counts = new LinkedHashMap<>();
        all.forEach(q -> counts.merge(q.language(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(ContentLanguage.EN);
    }
}
