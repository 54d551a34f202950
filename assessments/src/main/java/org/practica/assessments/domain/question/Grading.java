package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How each type of question turns a response into credit, following Moodle where trainers expect
 * the same marks: a single choice earns the credit of the pick (which may be negative); multiple
 * picks add up and are held between nothing and full credit; the first accepted short answer or
 * number that matches decides; matching earns its share of right pairs; a cloze question earns
 * what its gaps earn, each weighted.
 */
final class Grading {

    static final int TEXT_MAX = 50_000;

    private Grading() {
    }

    /** Refuses a response that does not fit the question, naming what is wrong. */
    static Response check(QuestionDefinition q, Response r) {
        if (r == null) {
            return null;
        }
        switch (q.type()) {
            case SINGLE_CHOICE -> {
                require(r.choice() != null, "question.response.choiceRequired");
                inRange(r.choice(), q.answers().size());
            }
            case MULTIPLE_RESPONSE -> {
                require(r.choices() != null, "question.response.choicesRequired");
                Set<Integer> seen = new HashSet<>();
                for (Integer i : r.choices()) {
                    require(i != null, "question.response.choicesRequired");
                    inRange(i, q.answers().size());
                    require(seen.add(i), "question.response.duplicate");
                }
            }
            case TRUE_FALSE -> require(r.truth() != null, "question.response.truthRequired");
            case SHORT_ANSWER, NUMERICAL, ESSAY -> {
                require(r.text() != null, "question.response.textRequired");
                if (r.text().length() > (q.type() == QuestionType.ESSAY ? TEXT_MAX : 1_000)) {
                    throw new InvalidInput("response", "validation.tooLong", q.type() == QuestionType.ESSAY ? TEXT_MAX : 1_000);
                }
            }
            case MATCHING -> {
                require(r.matches() != null, "question.response.matchesRequired");
                Set<String> offered = new HashSet<>();
                q.pairs().forEach(p -> offered.add(p.answer()));
                for (Map.Entry<Integer, String> m : r.matches().entrySet()) {
                    inRange(m.getKey(), q.pairs().size());
                    require(!q.pairs().get(m.getKey()).distractor(), "question.response.outOfRange");
                    require(m.getValue() == null || offered.contains(m.getValue().strip()), "question.response.notOffered");
                }
            }
            case CLOZE -> {
                require(r.parts() != null, "question.response.partsRequired");
                ClozeText cloze = q.cloze();
                for (Map.Entry<Integer, Response> part : r.parts().entrySet()) {
                    inRange(part.getKey() == null ? null : part.getKey() - 1, cloze.gaps().size());
                    require(part.getValue() != null, "question.response.partsRequired");
                    cloze.gap(part.getKey()).asQuestion().check(part.getValue());
                }
            }
            case DESCRIPTION -> throw new InvalidInput("response", "question.response.nothingToAnswer");
        }
        return r;
    }

    static Grade of(QuestionDefinition q, Response response) {
        Response r = check(q, response);
        if (q.type() == QuestionType.ESSAY) {
            return Grade.pending();
        }
        if (r == null) {
            return new Grade(Credit.NONE, List.of());
        }
        return switch (q.type()) {
            case SINGLE_CHOICE -> picked(q.answers().get(r.choice()));
            case TRUE_FALSE -> picked(q.answers().get(r.truth() ? 0 : 1));
            case MULTIPLE_RESPONSE -> {
                BigDecimal sum = BigDecimal.ZERO;
                List<FormattedText> feedback = new ArrayList<>();
                for (int i : r.choices()) {
                    sum = sum.add(q.answers().get(i).credit().value());
                    feedback.add(q.answers().get(i).feedback());
                }
                yield new Grade(new Credit(sum.max(BigDecimal.ZERO).min(BigDecimal.ONE)), feedback);
            }
            case SHORT_ANSWER -> firstMatch(q.answers().stream()
                    .filter(a -> ShortAnswerMatch.matches(a.text().text(), r.text(), q.options().caseSensitive())).findFirst());
            case NUMERICAL -> firstMatch(NumericalMatch.firstMatching(q, r.text()));
            case MATCHING -> {
                long prompts = q.pairs().stream().filter(p -> !p.distractor()).count();
                long right = r.matches().entrySet().stream()
                        .filter(m -> m.getValue() != null && q.pairs().get(m.getKey()).answer().equals(m.getValue().strip()))
                        .count();
                yield new Grade(new Credit(BigDecimal.valueOf(right).divide(BigDecimal.valueOf(prompts), Credit.SCALE, RoundingMode.HALF_EVEN)), List.of());
            }
            case CLOZE -> cloze(q.cloze(), r.parts());
            case ESSAY, DESCRIPTION -> throw new IllegalStateException("not auto-graded: " + q.type());
        };
    }

    /**
     * Each gap answered earns its own credit times its weight; the question's credit is their sum
     * over all the gaps' weights, so a gap left empty counts as wrong.
     */
    private static Grade cloze(ClozeText cloze, Map<Integer, Response> parts) {
        BigDecimal earned = BigDecimal.ZERO;
        List<FormattedText> feedback = new ArrayList<>();
        for (ClozeGap gap : cloze.gaps()) {
            Response part = parts.get(gap.number());
            if (part == null) {
                continue;
            }
            Grade g = gap.asQuestion().grade(part);
            earned = earned.add(g.credit().value().multiply(BigDecimal.valueOf(gap.weight())));
            g.feedback().stream().filter(f -> !f.blank()).forEach(feedback::add);
        }
        BigDecimal share = earned.divide(BigDecimal.valueOf(cloze.totalWeight()), Credit.SCALE, RoundingMode.HALF_EVEN);
        return new Grade(new Credit(share.max(BigDecimal.ZERO).min(BigDecimal.ONE)), feedback);
    }

    private static Grade picked(Answer answer) {
        return new Grade(answer.credit(), List.of(answer.feedback()));
    }

    private static Grade firstMatch(Optional<Answer> answer) {
        return answer.map(Grading::picked).orElse(new Grade(Credit.NONE, List.of()));
    }

    private static void require(boolean ok, String key) {
        if (!ok) {
            throw new InvalidInput("response", key);
        }
    }

    private static void inRange(Integer index, int size) {
        if (index == null || index < 0 || index >= size) {
            throw new InvalidInput("response", "question.response.outOfRange");
        }
    }
}
