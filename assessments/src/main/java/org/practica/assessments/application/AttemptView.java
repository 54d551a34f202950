package org.practica.assessments.application;

import org.practica.assessments.domain.attempt.AttemptAnswer;
import org.practica.assessments.domain.attempt.AttemptQuestion;
import org.practica.assessments.domain.attempt.AttemptStatus;
import org.practica.assessments.domain.attempt.QuizAttempt;
import org.practica.assessments.domain.question.ClozeGap;
import org.practica.assessments.domain.question.ClozeText;
import org.practica.assessments.domain.question.MatchPair;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    /**
     * One question as sat; contentNote, when the trainer wrote one, is said before it. A cloze
     * question's text is its pieces with its gaps between them (its embedded answers are not sent).
     */
    public record Item(int slot, String type, String text, String format, List<Choice> choices,
                       List<Choice> prompts, List<String> matchAnswers, String contentNote, List<String> pieces, List<Gap> gaps,
                       String language) {
    }

    /**
     * A gap of a cloze question as the learner fills it: its number (what a response names), its
     * kind (GapKind), its choices in the order shown, and for typed gaps the width that fits the
     * longest accepted answer, as Moodle sizes it.
     */
    public record Gap(int number, String kind, List<Choice> choices, int size) {
    }

    static AttemptView of(QuizAttempt a, List<AttemptAnswer> answers, Instant now) {
        Map<Integer, Response> responses = new TreeMap<>();
        answers.stream().filter(r -> r.response() != null).forEach(r -> responses.put(r.slot(), r.response()));
        return new AttemptView(a.id().value(), a.quizId(), a.number(), a.status(), a.startedAt(), a.deadline(), now,
                a.questions().stream().map(q -> item(q, a.id().value())).toList(), responses);
    }

    private static Item item(AttemptQuestion q, long attempt) {
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
        if (d.type() == QuestionType.CLOZE) {
            ClozeText cloze = d.clozeHtml();
            List<Gap> gaps = cloze.gaps().stream().map(g -> gap(g, new Random(attempt * 7919 + q.slot() * 104_729L + g.number()))).toList();
            return new Item(q.slot(), d.type().name(), cloze.replacing(g -> " ___ "), d.text().format().giftName(), choices, prompts,
                    matchAnswers, d.options().contentNote(), cloze.pieces(), gaps, q.language());
        }
        return new Item(q.slot(), d.type().name(), d.text().text(), d.text().format().giftName(), choices, prompts, matchAnswers,
                d.options().contentNote(), List.of(), List.of(), q.language());
    }

    /** Shuffled the same way every time the attempt is shown, so choices do not move between visits. */
    private static Gap gap(ClozeGap g, Random seeded) {
        List<Choice> choices = new ArrayList<>();
        int size = 0;
        if (g.kind().offersChoices()) {
            List<Integer> order = indexes(g.answers().size());
            if (g.shuffled()) {
                Collections.shuffle(order, seeded);
            }
            for (int i : order) {
                choices.add(new Choice(i, g.answers().get(i).text().text(), "html"));
            }
        } else {
            size = g.answers().stream().mapToInt(a -> a.text().text().length()).max().orElse(5);
        }
        return new Gap(g.number(), g.kind().name(), choices, Math.max(5, Math.min(size + 2, 40)));
    }

    static List<Integer> indexes(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }
}
