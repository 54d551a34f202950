package org.practica.assessments.application;

import org.practica.assessments.domain.attempt.AttemptAnswer;
import org.practica.assessments.domain.attempt.AttemptQuestion;
import org.practica.assessments.domain.attempt.AttemptStatus;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.question.MatchPair;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.Response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An attempt as the learner sits it: the questions without credits or feedback, choices in the
 * order the attempt shuffled them, every saved response, and the server's own time beside the
 * deadline so that a browser with a wrong clock still counts down right.
 */
public record AttemptView(long id, long quizId, int number, AttemptStatus status, Instant startedAt, Instant deadline,
                          Instant now, List<Item> questions, Map<Integer, Response> responses) {

    /** A choice shown to the learner: its index in the question (what a response names) and its text. */
    public record Choice(int index, String text, String format) {
    }

    /** One question as sat; contentNote, when the trainer wrote one, is said before it. */
    public record Item(int slot, String type, String text, String format, List<Choice> choices,
                       List<Choice> prompts, List<String> matchAnswers, String contentNote) {
    }

    static AttemptView of(QuizAttempt a, List<AttemptAnswer> answers, Instant now) {
        Map<Integer, Response> responses = new TreeMap<>();
        answers.stream().filter(r -> r.response() != null).forEach(r -> responses.put(r.slot(), r.response()));
        return new AttemptView(a.id().value(), a.quizId(), a.number(), a.status(), a.startedAt(), a.deadline(), now,
                a.questions().stream().map(AttemptView::item).toList(), responses);
    }

    private static Item item(AttemptQuestion q) {
        QuestionDefinition d = q.definition();
        List<Choice> choices = new ArrayList<>();
        List<Choice> prompts = new ArrayList<>();
        List<String> matchAnswers = new ArrayList<>();
        switch (d.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                List<Integer> order = q.order().isEmpty() ? indexes(d.answers().size()) : q.order();
                for (int i : order) {
                    choices.add(new Choice(i, d.answers().get(i).text().text(), d.answers().get(i).text().format().giftName()));
                }
            }
            case MATCHING -> {
                for (int i = 0; i < d.pairs().size(); i++) {
                    MatchPair p = d.pairs().get(i);
                    if (!p.distractor()) {
                        prompts.add(new Choice(i, p.prompt().text(), p.prompt().format().giftName()));
                    }
                }
                List<Integer> order = q.order().isEmpty() ? indexes(d.pairs().size()) : q.order();
                for (int i : order) {
                    String answer = d.pairs().get(i).answer();
                    if (!matchAnswers.contains(answer)) {
                        matchAnswers.add(answer);
                    }
                }
            }
            default -> { }
        }
        return new Item(q.slot(), d.type().name(), d.text().text(), d.text().format().giftName(), choices, prompts, matchAnswers,
                d.options().contentNote());
    }

    static List<Integer> indexes(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }
}
