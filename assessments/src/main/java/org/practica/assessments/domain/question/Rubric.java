package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How an essay is marked: criteria, each with levels worth points. The trainer picks one level per
 * criterion and the score follows, the points earned over the points possible times the question's
 * mark, so two trainers reading the same essay reach the same number for the same judgements.
 * Written and read as text, one criterion a line: {@code Clarity: unclear = 0 | clear = 2}.
 */
public record Rubric(List<Criterion> criteria) {

    static final int MAX_CRITERIA = 10;
    static final int MAX_LEVELS = 6;
    private static final int NAME_MAX = 200;

    public record Criterion(String name, List<Level> levels) {

        /** The most a criterion can earn. */
        public BigDecimal best() {
            return levels.stream().map(Level::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }
    }

    public record Level(String label, BigDecimal points) {
    }

    public Rubric {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** The rubric a trainer wrote, or null when the text is blank; a refusal names the line that is wrong. */
    public static Rubric parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Criterion> criteria = new ArrayList<>();
        String[] lines = text.strip().split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).isBlank()) {
                throw new InvalidInput(field, "rubric.line.name", n + 1);
            }
            String name = line.substring(0, colon).strip();
            List<Level> levels = new ArrayList<>();
            for (String part : line.substring(colon + 1).split("\\|")) {
                int eq = part.lastIndexOf('=');
                if (eq <= 0 || part.substring(0, eq).isBlank()) {
                    throw new InvalidInput(field, "rubric.line.level", n + 1);
                }
                BigDecimal points;
                try {
                    points = new BigDecimal(part.substring(eq + 1).strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new InvalidInput(field, "rubric.line.points", n + 1);
                }
                if (points.signum() < 0) {
                    throw new InvalidInput(field, "rubric.line.points", n + 1);
                }
                levels.add(new Level(part.substring(0, eq).strip(), Decimals.plain(points)));
            }
            if (levels.size() < 2 || levels.size() > MAX_LEVELS || name.length() > NAME_MAX
                    || levels.stream().anyMatch(l -> l.label().length() > NAME_MAX)) {
                throw new InvalidInput(field, "rubric.line.levels", n + 1, MAX_LEVELS);
            }
            criteria.add(new Criterion(name, levels));
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw new InvalidInput(field, "rubric.tooMany", MAX_CRITERIA);
        }
        Rubric rubric = new Rubric(criteria);
        if (rubric.possible().signum() == 0) {
            throw new InvalidInput(field, "rubric.nothingToEarn");
        }
        return rubric;
    }

    /** The text a trainer edits, the same form {@link #parse} reads. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        for (Criterion c : criteria) {
            text.append(c.name()).append(": ");
            for (int i = 0; i < c.levels().size(); i++) {
                Level l = c.levels().get(i);
                text.append(i == 0 ? "" : " | ").append(l.label()).append(" = ").append(l.points().toPlainString());
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    /** The score for one chosen level per criterion, in the criteria's order, out of the question's mark. */
    public BigDecimal score(BigDecimal mark, List<Integer> chosen) {
        if (chosen == null || chosen.size() != criteria.size()) {
            throw new InvalidInput("levels", "rubric.choose.every");
        }
        BigDecimal earned = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            Integer level = chosen.get(i);
            if (level == null || level < 0 || level >= criteria.get(i).levels().size()) {
                throw new InvalidInput("levels", "rubric.choose.every");
            }
            earned = earned.add(criteria.get(i).levels().get(level).points());
        }
        return Decimals.plain(earned.multiply(mark).divide(possible(), 4, RoundingMode.HALF_UP));
    }

    private BigDecimal possible() {
        return criteria.stream().map(Criterion::best).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
