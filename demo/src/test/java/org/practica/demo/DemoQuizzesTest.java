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
}
