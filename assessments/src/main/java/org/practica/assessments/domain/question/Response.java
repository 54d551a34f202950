package org.practica.assessments.domain.question;

import java.util.List;
import java.util.Map;

/**
 * What a learner answered, in the shape of the question's type: the index of one answer
 * ({@code choice}), the indexes of several ({@code choices}), a text (short answer, numerical,
 * essay), true or false ({@code truth}), or the answer chosen for each prompt of a matching
 * question (prompt index to answer text); for a cloze question, the response to each gap answered,
 * by the gap's number from 1 ({@code parts}). Indexes count the question's answers as defined, not
 * as shuffled on screen.
 */
public record Response(Integer choice, List<Integer> choices, String text, Boolean truth, Map<Integer, String> matches,
                       Map<Integer, Response> parts) {

    public Response {
        choices = choices == null ? null : List.copyOf(choices);
        matches = matches == null ? null : Map.copyOf(matches);
        parts = parts == null ? null : Map.copyOf(parts);
    }

    public static Response parts(Map<Integer, Response> parts) {
        return new Response(null, null, null, null, null, parts);
    }

    public static Response choice(int index) {
        return new Response(index, null, null, null, null, null);
    }

    public static Response choices(List<Integer> indexes) {
        return new Response(null, indexes, null, null, null, null);
    }

    public static Response text(String text) {
        return new Response(null, null, text, null, null, null);
    }

    public static Response truth(boolean value) {
        return new Response(null, null, null, value, null, null);
    }

    public static Response matches(Map<Integer, String> matches) {
        return new Response(null, null, null, null, matches, null);
    }
}
