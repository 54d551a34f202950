package org.practica.demo;

import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.exchange.ImportPreview;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.infrastructure.exchange.GiftReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each demo course's quiz reads without problems: eight or more questions of mixed types, one essay. */
class DemoQuizzesTest {

    @Test
    void everyDemoQuizIsCleanMixedAndHasOneEssay() throws IOException {
        for (String file : DemoCourses.QUIZZES) {
            try (InputStream in = DemoCourses.class.getResourceAsStream("/demo/quizzes/" + file)) {
                ImportPreview preview = new GiftReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertEquals(0, preview.problems().size(), file + ": " + preview.problems());
                assertTrue(preview.questions().size() >= 8, file);
                Set<QuestionType> types = preview.questions().stream().map(q -> q.definition().type()).collect(Collectors.toSet());
                assertTrue(types.size() >= 5, file + " mixes types: " + types);
                assertEquals(1, preview.questions().stream().filter(q -> q.definition().type() == QuestionType.ESSAY).count(), file);
            }
        }
    }

    /** Every phrase of a quiz's phrase book is a text of that quiz, and every question's text is in the book. */
    @Test
    void everyPhraseBookTranslatesItsWholeQuiz() throws Exception {
        int books = 0;
        for (String file : DemoCourses.QUIZZES) {
            ImportPreview preview;
            try (InputStream in = DemoCourses.class.getResourceAsStream("/demo/quizzes/" + file)) {
                preview = new GiftReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            Set<String> texts = new java.util.HashSet<>();
            preview.questions().forEach(q -> {
                var d = q.definition();
                texts.add(d.text().text());
                texts.add(d.generalFeedback().text());
                d.answers().forEach(a -> {
                    texts.add(a.text().text());
                    texts.add(a.feedback().text());
                });
                d.pairs().forEach(p -> {
                    texts.add(p.prompt().text());
                    texts.add(p.answer());
                });
            });
            for (String language : new String[]{"ru", "kk"}) {
                try (InputStream in = DemoCourses.class.getResourceAsStream("/demo/quizzes/" + file.replace(".gift", "." + language + ".json"));
                     jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
                    if (in == null) {
                        continue;
                    }
                    books++;
                    @SuppressWarnings("unchecked")
                    java.util.Map<String, String> book = jsonb.fromJson(in, java.util.HashMap.class);
                    Set<String> unknown = new java.util.TreeSet<>(book.keySet());
                    unknown.removeAll(texts);
                    assertEquals(Set.of(), unknown, file + " " + language + ": phrases that are no text of the quiz");
                    preview.questions().forEach(q -> assertTrue(book.containsKey(q.definition().text().text()),
                            file + " " + language + " lacks: " + q.definition().text().text()));
                }
            }
        }
        assertEquals(2, books, "the bilingual course in Russian and the teachers' course in Kazakh");
    }
}
