package org.practica.assessments.infrastructure.exchange;

import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.assessments.domain.exchange.ExchangeFile;
import org.practica.assessments.domain.exchange.ImportPreview;
import org.practica.assessments.domain.exchange.ImportProblem;
import org.practica.assessments.domain.exchange.ImportedQuestion;
import org.practica.assessments.domain.exchange.QuestionReader;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.Credit;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.MatchPair;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionDetails;
import org.practica.assessments.domain.question.QuestionOptions;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's GIFT format as Moodle documents and reads it: questions separated by blank lines,
 * {@code //} comment lines, {@code ::title::}, {@code $CATEGORY:}, {@code [html]} and the other
 * text formats, escapes, {@code %50%} weights (negative too), {@code #} feedback and {@code ####}
 * general feedback, numbers with {@code :tolerance} or {@code min..max}, matching with {@code ->},
 * true/false with feedback for each side, missing-word questions, essays ({@code {}}) and
 * description items. A question it cannot read becomes a problem at its first line; the others
 * are still read.
 *
 * <p>Longer than most classes on purpose: it is the one reader of one grammar, and splitting the
 * grammar over classes would scatter what a reader of the format needs to see at once.
 */
public final class GiftReader implements QuestionReader {

    static final String BLANK = "_____";
    /** A comment line Practica writes before a question with a content note, and reads back. */
    static final String CONTENT_NOTE = "// content-note:";
    /**
     * A comment line Practica writes before a cloze question, whose embedded answers GIFT cannot
     * say: Moodle reads the question as a description showing them, Practica as cloze again.
     */
    static final String CLOZE = "// practica:cloze";
    private static final Pattern WEIGHT = Pattern.compile("^%([^%]*)%");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final int NAME_FROM_TEXT = 80;

    @Override
    public ImportPreview read(String content) {
        List<ImportedQuestion> questions = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CategoryPath category = CategoryPath.TOP;
        for (Block block : blocks(content)) {
            try {
                GiftText text = GiftText.of(block.text());
                if (text.startsWith("$CATEGORY:")) {
                    category = CategoryPath.fromMoodle(text.substring("$CATEGORY:".length()).toString());
                    continue;
                }
                QuestionDefinition q = (block.cloze() ? cloze(question(text)) : question(text).requireMoodleCredits())
                        .withDetails(idAndTags(block.comments()));
                questions.add(new ImportedQuestion(block.line(), category, q.withContentNote(block.note())));
            } catch (InvalidInput e) {
                problems.add(new ImportProblem(block.line(), e.messageKey(), List.of(e.arguments())));
            }
        }
        return new ImportPreview(questions, problems);
    }

    private record Block(int line, String text, String note, boolean cloze, String comments) {
    }

    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]\\p{C}])+)]");

    /**
     * The id number and tags Moodle writes in the comment lines before a question, as
     * {@code [id:...]} and {@code [tag:...]}; {@code \]} stands for a bracket, and neither goes
     * over a line's end.
     */
    static QuestionDetails idAndTags(String comments) {
        Matcher id = ID.matcher(comments);
        String idNumber = id.find() ? id.group(1).strip().replace("\\]", "]") : null;
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(comments);
        while (tag.find()) {
            tags.add(tag.group(1).strip().replace("\\]", "]"));
        }
        return new QuestionDetails(null, List.of(), null, tags, idNumber, null, false, null, null);
    }

    private static QuestionDefinition cloze(QuestionDefinition written) {
        if (written.type() != QuestionType.DESCRIPTION) {
            throw new InvalidInput("type", "exchange.gift.clozeShape");
        }
        return new QuestionDefinition(written.name(), QuestionType.CLOZE, written.text(), written.generalFeedback(),
                List.of(), List.of(), null);
    }

    /** Questions end at a blank line; whole-line comments are dropped, as in Moodle. */
    private static List<Block> blocks(String content) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder current = new StringBuilder();
        int first = -1;
        String note = null;
        boolean cloze = false;
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (first > 0) {
                    blocks.add(new Block(first, current.toString(), note, cloze, comments.toString()));
                }
                current.setLength(0);
                comments.setLength(0);
                first = -1;
                note = null;
                cloze = false;
                continue;
            }
            if (trimmed.equalsIgnoreCase(CLOZE)) {
                cloze = true;
                continue;
            }
            if (trimmed.regionMatches(true, 0, CONTENT_NOTE, 0, CONTENT_NOTE.length())) {
                note = trimmed.substring(CONTENT_NOTE.length()).strip();
                continue;
            }
            if (trimmed.startsWith("//")) {
                comments.append(trimmed).append('\n');
                continue;
            }
            if (first < 0) {
                first = i + 1;
            } else {
                current.append('\n');
            }
            current.append(line);
        }
        if (first > 0) {
            blocks.add(new Block(first, current.toString(), note, cloze, comments.toString()));
        }
        return blocks;
    }

    private static QuestionDefinition question(GiftText all) {
        GiftText text = all.strip();
        String name = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new InvalidInput("name", "exchange.gift.titleUnclosed");
            }
            name = ExchangeFile.plainName(text.substring(2, end).toString());
            text = text.substring(end + 2).strip();
        }
        int open = text.indexOf("{");
        int close = text.indexOf("}");
        if (open < 0 && close < 0) {
            FormattedText description = formatted(text, TextFormat.MOODLE);
            return new QuestionDefinition(nameOr(name, description), QuestionType.DESCRIPTION, description, null,
                    List.of(), List.of(), null);
        }
        if (open < 0 || close < 0 || close < open
                || text.indexOf("{", open + 1) >= 0 || text.indexOf("}", close + 1) >= 0) {
            throw new InvalidInput("text", "exchange.gift.braces");
        }
        GiftText before = text.substring(0, open);
        GiftText after = text.substring(close + 1);
        GiftText answers = text.substring(open + 1, close).strip();

        FormattedText questionText = questionText(before, after);
        TextFormat format = questionText.format();
        FormattedText general = FormattedText.empty(format);
        int generalAt = answers.lastIndexOf("####");
        if (generalAt >= 0) {
            general = formatted(answers.substring(generalAt + 4), format);
            answers = answers.substring(0, generalAt).strip();
        }
        String title = nameOr(name, questionText);
        if (answers.isEmpty()) {
            return new QuestionDefinition(title, QuestionType.ESSAY, questionText, general, List.of(), List.of(), null);
        }
        if (answers.charAt(0) == '#' && answers.isPlain(0)) {
            return numerical(title, questionText, general, answers.substring(1));
        }
        if (answers.indexOf("~") >= 0) {
            return choice(title, questionText, general, answers);
        }
        if (answers.indexOf("=") >= 0 && answers.indexOf("->") >= 0) {
            return matching(title, questionText, general, answers);
        }
        int hash = answers.indexOf("#");
        String truth = (hash > 0 ? answers.substring(0, hash) : answers).strip().toString();
        if (TRUE_FALSE.contains(truth)) {
            return trueFalse(title, questionText, general, answers);
        }
        return shortAnswer(title, questionText, general, answers);
    }

    /** The text around the answers; answers in the middle of a sentence leave a blank there. */
    private static FormattedText questionText(GiftText before, GiftText after) {
        FormattedText head = formatted(before, TextFormat.MOODLE);
        if (after.strip().isEmpty()) {
            return head;
        }
        String written = before.toString().stripLeading();
        String prefix = "[" + head.format().giftName() + "]";
        if (written.startsWith(prefix)) {
            written = written.substring(prefix.length());
        }
        return new FormattedText(written + BLANK + after, head.format());
    }

    private static QuestionDefinition choice(String name, FormattedText text, FormattedText general, GiftText answers) {
        List<Answer> list = new ArrayList<>();
        boolean single = false;
        for (GiftText part : answers.splitBefore("~=")) {
            GiftText p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            char marker = p.charAt(0);
            if (!p.isPlain(0) || (marker != '~' && marker != '=')) {
                throw new InvalidInput("answers", "exchange.gift.answerWithoutMarker", p.toString());
            }
            GiftText rest = p.substring(1).strip();
            Credit credit = marker == '=' ? Credit.FULL : Credit.NONE;
            single |= marker == '=';
            Weighted w = weighted(rest);
            if (w.credit() != null) {
                credit = w.credit();
            }
            list.add(withFeedback(w.text(), credit, text.format()));
        }
        return new QuestionDefinition(name, single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE,
                text, general, list, List.of(), null);
    }

    private static QuestionDefinition matching(String name, FormattedText text, FormattedText general, GiftText answers) {
        List<MatchPair> pairs = new ArrayList<>();
        for (GiftText part : answers.splitBefore("=")) {
            GiftText p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.charAt(0) != '=' || !p.isPlain(0)) {
                throw new InvalidInput("pairs", "exchange.gift.answerWithoutMarker", p.toString());
            }
            GiftText pair = p.substring(1);
            int arrow = pair.indexOf("->");
            if (arrow < 0) {
                throw new InvalidInput("pairs", "exchange.gift.matchingArrow", pair.toString().strip());
            }
            pairs.add(new MatchPair(formatted(pair.substring(0, arrow), text.format()), pair.substring(arrow + 2).toString()));
        }
        return new QuestionDefinition(name, QuestionType.MATCHING, text, general, List.of(), pairs, null);
    }

    private static QuestionDefinition trueFalse(String name, FormattedText text, FormattedText general, GiftText answers) {
        List<GiftText> bits = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < 2; i++) {
            int hash = answers.indexOf("#", from);
            if (hash < 0) {
                break;
            }
            bits.add(answers.substring(from, hash));
            from = hash + 1;
        }
        bits.add(answers.substring(from));
        boolean truth = bits.get(0).strip().toString().startsWith("T");
        FormattedText wrong = bits.size() > 1 ? formatted(bits.get(1), text.format()) : FormattedText.empty(text.format());
        FormattedText right = bits.size() > 2 ? formatted(bits.get(2), text.format()) : FormattedText.empty(text.format());
        Answer yes = Answer.of(FormattedText.plain("true"), truth ? Credit.FULL : Credit.NONE, truth ? right : wrong);
        Answer no = Answer.of(FormattedText.plain("false"), truth ? Credit.NONE : Credit.FULL, truth ? wrong : right);
        return new QuestionDefinition(name, QuestionType.TRUE_FALSE, text, general, List.of(yes, no), List.of(), null);
    }

    private static QuestionDefinition shortAnswer(String name, FormattedText text, FormattedText general, GiftText answers) {
        List<Answer> list = new ArrayList<>();
        for (GiftText part : answers.splitBefore("=")) {
            GiftText p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.charAt(0) == '=' && p.isPlain(0)) {
                p = p.substring(1).strip();
            }
            Weighted w = weighted(p);
            list.add(withFeedback(w.text(), w.credit() == null ? Credit.FULL : w.credit(), text.format()));
        }
        list.replaceAll(a -> Answer.of(new FormattedText(a.text().text(), TextFormat.PLAIN), a.credit(), a.feedback()));
        return new QuestionDefinition(name, QuestionType.SHORT_ANSWER, text, general, list, List.of(), null);
    }

    private static QuestionDefinition numerical(String name, FormattedText text, FormattedText general, GiftText body) {
        GiftText answers = body;
        FormattedText otherwise = null;
        int tilde = body.indexOf("~");
        if (tilde >= 0) {
            GiftText wrong = body.substring(tilde + 1).strip();
            int hash = wrong.indexOf("#");
            otherwise = formatted(hash >= 0 ? wrong.substring(hash + 1) : wrong.substring(wrong.length()), text.format());
            answers = body.substring(0, tilde);
        }
        List<Answer> list = new ArrayList<>();
        for (GiftText part : answers.splitBefore("=")) {
            GiftText p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.charAt(0) == '=' && p.isPlain(0)) {
                p = p.substring(1).strip();
            }
            Weighted w = weighted(p);
            GiftText value = w.text();
            FormattedText feedback = FormattedText.empty(text.format());
            int hash = value.indexOf("#");
            if (hash >= 0) {
                feedback = formatted(value.substring(hash + 1), text.format());
                value = value.substring(0, hash);
            }
            list.add(numberAnswer(value.toString().strip(), w.credit() == null ? Credit.FULL : w.credit(), feedback));
        }
        if (list.isEmpty()) {
            throw new InvalidInput("answers", "exchange.gift.noNumbers");
        }
        if (otherwise != null) {
            list.add(new Answer(FormattedText.plain("*"), Credit.NONE, otherwise, null));
        }
        return new QuestionDefinition(name, QuestionType.NUMERICAL, text, general, list, List.of(), null);
    }

    private static Answer numberAnswer(String value, Credit credit, FormattedText feedback) {
        BigDecimal answer;
        BigDecimal tolerance;
        int range = value.indexOf("..");
        int colon = value.indexOf(':');
        if (value.equals("*")) {
            return new Answer(FormattedText.plain("*"), credit, feedback, null);
        } else if (range > 0) {
            BigDecimal min = number(value.substring(0, range));
            BigDecimal max = number(value.substring(range + 2));
            if (min.compareTo(max) > 0) {
                throw new InvalidInput("answers", "exchange.gift.rangeReversed", value);
            }
            answer = min.add(max).divide(BigDecimal.valueOf(2));
            tolerance = max.subtract(answer);
        } else if (colon > 0) {
            answer = number(value.substring(0, colon));
            tolerance = number(value.substring(colon + 1));
            if (tolerance.signum() < 0) {
                throw new InvalidInput("answers", "question.numerical.tolerance", tolerance.toPlainString());
            }
        } else {
            answer = number(value);
            tolerance = BigDecimal.ZERO;
        }
        return new Answer(FormattedText.plain(answer.stripTrailingZeros().toPlainString()), credit, feedback, tolerance);
    }

    private static BigDecimal number(String s) {
        String v = s.strip();
        if (!NUMBER.matcher(v).matches()) {
            throw new InvalidInput("answers", "question.numerical.notNumber", v);
        }
        return new BigDecimal(v.replaceFirst("^\\+", ""));
    }

    private record Weighted(Credit credit, GiftText text) {
    }

    /** A leading {@code %n%}: a percentage from -100 to 100, or a problem naming what was written. */
    private static Weighted weighted(GiftText answer) {
        if (answer.isEmpty() || answer.charAt(0) != '%' || !answer.isPlain(0)) {
            return new Weighted(null, answer);
        }
        Matcher m = WEIGHT.matcher(answer.toString());
        if (!m.find()) {
            throw new InvalidInput("answers", "exchange.gift.weight", answer.toString());
        }
        String digits = m.group(1).strip();
        if (!NUMBER.matcher(digits).matches()) {
            throw new InvalidInput("answers", "exchange.gift.weight", "%" + m.group(1) + "%");
        }
        BigDecimal percent = new BigDecimal(digits.replaceFirst("^\\+", ""));
        if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInput("answers", "exchange.gift.weight", "%" + m.group(1) + "%");
        }
        return new Weighted(Credit.ofPercent(percent), answer.substring(m.end()).strip());
    }

    private static Answer withFeedback(GiftText answer, Credit credit, TextFormat format) {
        int hash = answer.indexOf("#");
        GiftText text = hash >= 0 ? answer.substring(0, hash) : answer;
        FormattedText feedback = hash >= 0 ? formatted(answer.substring(hash + 1), format) : FormattedText.empty(format);
        FormattedText t = formatted(text, format);
        if (t.blank()) {
            throw new InvalidInput("answers", "question.answer.blank");
        }
        return Answer.of(t, credit, feedback);
    }

    /** Text with an optional leading {@code [html]}, {@code [moodle]}, {@code [plain]} or {@code [markdown]}. */
    static FormattedText formatted(GiftText text, TextFormat inherited) {
        String s = text.toString().strip();
        if (s.startsWith("[") && text.strip().isPlain(0)) {
            int end = s.indexOf(']');
            if (end > 0) {
                var format = TextFormat.fromGift(s.substring(1, end));
                if (format.isPresent()) {
                    return new FormattedText(s.substring(end + 1), format.get());
                }
            }
        }
        return new FormattedText(s, inherited);
    }

    private static String nameOr(String name, FormattedText text) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        String plain = text.text().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (plain.isEmpty()) {
            return "?";
        }
        return plain.codePointCount(0, plain.length()) <= NAME_FROM_TEXT ? plain
                : plain.substring(0, plain.offsetByCodePoints(0, NAME_FROM_TEXT)).strip() + "…";
    }
}
