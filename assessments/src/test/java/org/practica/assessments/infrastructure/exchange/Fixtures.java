package org.practica.assessments.infrastructure.exchange;

import org.practica.assessments.domain.exchange.ImportedQuestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

final class Fixtures {

    private Fixtures() {
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/exchange/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportedQuestion named(List<ImportedQuestion> questions, String name) {
        return questions.stream().filter(q -> q.definition().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no question named " + name + " in "
                        + questions.stream().map(q -> q.definition().name()).toList()));
    }
}
