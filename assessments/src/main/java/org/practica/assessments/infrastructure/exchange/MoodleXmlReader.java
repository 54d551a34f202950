package org.practica.assessments.infrastructure.exchange;

import org.practica.assessments.domain.exchange.CategoryInfo;
import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.assessments.domain.exchange.EmbeddedFile;
import org.practica.assessments.domain.exchange.ExchangeFile;
import org.practica.assessments.domain.exchange.ImportPreview;
import org.practica.assessments.domain.exchange.ImportProblem;
import org.practica.assessments.domain.exchange.ImportedQuestion;
import org.practica.assessments.domain.exchange.QuestionReader;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.CombinedFeedback;
import org.practica.assessments.domain.question.EssayResponse;
import org.practica.assessments.domain.question.Hint;
import org.practica.assessments.domain.question.QuestionDetails;
import org.practica.assessments.domain.question.UnitHandling;
import org.practica.assessments.domain.question.Credit;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.MatchPair;
import org.practica.assessments.domain.question.NumericalUnit;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionOptions;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.TextFormat;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * Reads Moodle XML ({@code <quiz>} of {@code <question type="...">}): categories, multichoice
 * (single and multiple), truefalse, shortanswer (with {@code usecase}), numerical (tolerance,
 * units and multipliers), matching (with distractors), essay and description, each with its text
 * formats, answer fractions, feedback, general feedback, default mark and shuffling, and cloze
 * questions with their embedded answers. Moodle's other question types (calculated, drag and
 * drop...) are reported by name; files embedded
 * in texts come with the question, still linked as {@code @@PLUGINFILE@@}. Broken XML gives one problem at the line where it broke.
 */
public final class MoodleXmlReader implements QuestionReader {

    private static final Set<String> MOODLE_ONLY = Set.of("calculated", "calculatedsimple",
            "calculatedmulti", "ddwtos", "gapselect", "ddimageortext", "ddmarker", "randomsamatch", "random", "ordering");

    @Override
    public ImportPreview read(String content) {
        XmlElement quiz;
        try {
            quiz = XmlElement.parse(content);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            return ImportPreview.failed(ImportProblem.at(line, "exchange.xml.broken", firstLine(e.getMessage())));
        }
        if (!quiz.name().equals("quiz")) {
            return ImportPreview.failed(ImportProblem.at(quiz.line(), "exchange.xml.notQuiz", quiz.name()));
        }
        List<ImportedQuestion> questions = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<CategoryInfo> categories = new ArrayList<>();
        CategoryPath category = CategoryPath.TOP;
        for (XmlElement q : quiz.children("question")) {
            String type = q.attribute("type") == null ? "" : q.attribute("type").strip().toLowerCase(Locale.ROOT);
            try {
                if (type.equals("category")) {
                    category = CategoryPath.fromMoodle(q.child("category").map(XmlElement::innerText).orElse(""));
                    CategoryInfo said = new CategoryInfo(category, formatted(q.child("info").orElse(null), TextFormat.MOODLE),
                            q.value("idnumber", null));
                    if (said.says()) {
                        categories.add(said);
                    }
                    continue;
                }
                // Practica's own element, which Moodle passes over
                questions.add(new ImportedQuestion(q.line(), category, question(type, q).requireMoodleCredits()
                        .withDetails(details(q))
                        .withContentNote(q.value("contentnote", null)), files(q)));
            } catch (InvalidInput e) {
                problems.add(new ImportProblem(q.line(), e.messageKey(), List.of(e.arguments())));
            } catch (RuntimeException e) {
                problems.add(ImportProblem.at(q.line(), "exchange.xml.unreadable", type));
            }
        }
        return new ImportPreview(questions, problems, categories);
    }

    private static QuestionDefinition question(String type, XmlElement q) {
        String name = ExchangeFile.plainName(q.child("name").map(XmlElement::innerText).orElse(""));
        FormattedText text = formatted(q.child("questiontext").orElse(null), TextFormat.HTML);
        FormattedText general = formatted(q.child("generalfeedback").orElse(null), text.format());
        BigDecimal mark = decimal(q.value("defaultgrade", "1"), "defaultgrade");
        boolean shuffle = bool(q.value("shuffleanswers", "true"));
        return switch (type) {
            case "multichoice" -> {
                boolean single = bool(q.value("single", "true"));
                yield new QuestionDefinition(name, single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE,
                        text, general, answers(q, text.format()), List.of(), new QuestionOptions(mark, false, shuffle, List.of(), null, null, null));
            }
            case "truefalse" -> {
                List<Answer> answers = answers(q, text.format());
                Answer yes = answers.stream().filter(a -> a.text().text().equalsIgnoreCase("true")).findFirst()
                        .orElseThrow(() -> new InvalidInput("answers", "question.trueFalse.shape"));
                Answer no = answers.stream().filter(a -> a.text().text().equalsIgnoreCase("false")).findFirst()
                        .orElseThrow(() -> new InvalidInput("answers", "question.trueFalse.shape"));
                yield new QuestionDefinition(name, QuestionType.TRUE_FALSE, text, general,
                        List.of(plain(yes, "true"), plain(no, "false")), List.of(), new QuestionOptions(mark, false, false, List.of(), null, null, null));
            }
            case "shortanswer" -> new QuestionDefinition(name, QuestionType.SHORT_ANSWER, text, general,
                    answers(q, text.format()).stream().map(a -> plain(a, a.text().text())).toList(), List.of(),
                    new QuestionOptions(mark, bool(q.value("usecase", "0")), false, List.of(), null, null, null));
            case "numerical" -> new QuestionDefinition(name, QuestionType.NUMERICAL, text, general,
                    numericalAnswers(q, text.format()), List.of(), new QuestionOptions(mark, false, false, units(q), null, null, null));
            case "matching" -> new QuestionDefinition(name, QuestionType.MATCHING, text, general, List.of(),
                    q.children("subquestion").stream().map(s -> new MatchPair(formatted(s, text.format()),
                            s.child("answer").map(XmlElement::innerText).orElse(""))).toList(),
                    new QuestionOptions(mark, false, shuffle, List.of(), null, null, null));
            case "essay" -> new QuestionDefinition(name, QuestionType.ESSAY, text, general, List.of(), List.of(),
                    new QuestionOptions(mark, false, false, List.of(), null, null, null));
            case "cloze", "multianswer" -> new QuestionDefinition(name, QuestionType.CLOZE, text, general, List.of(), List.of(),
                    new QuestionOptions(BigDecimal.ONE, false, false, List.of(), null, null, null));
            case "description" -> new QuestionDefinition(name, QuestionType.DESCRIPTION, text, general, List.of(), List.of(),
                    new QuestionOptions(BigDecimal.ZERO, false, false, List.of(), null, null, null));
            default -> throw new InvalidInput("type", MOODLE_ONLY.contains(type) ? "exchange.xml.typeNotSupported"
                    : "exchange.xml.typeUnknown", type.isEmpty() ? "?" : type);
        };
    }

    /** Everything Moodle keeps beside what the question asks: penalty, hints, combined feedback, tags... */
    private static QuestionDetails details(XmlElement q) {
        TextFormat inherited = q.child("questiontext").map(t -> t.attribute("format")).flatMap(f -> TextFormat.fromXml(f.strip()))
                .orElse(TextFormat.HTML);
        // Moodle's XML importer gives every type a third when the file says nothing
        BigDecimal penalty = q.child("penalty").map(p -> decimal(p.text(), "penalty")).orElse(new BigDecimal("0.3333333"));
        List<Hint> hints = q.children("hint").stream().map(h -> new Hint(formatted(h, inherited),
                h.child("shownumcorrect").isPresent(), h.child("clearwrong").isPresent())).toList();
        CombinedFeedback combined = new CombinedFeedback(formatted(q.child("correctfeedback").orElse(null), inherited),
                formatted(q.child("partiallycorrectfeedback").orElse(null), inherited),
                formatted(q.child("incorrectfeedback").orElse(null), inherited), q.child("shownumcorrect").isPresent());
        List<String> tags = q.child("tags").map(t -> t.children("tag").stream().map(XmlElement::innerText).map(String::strip)
                .filter(x -> !x.isEmpty()).toList()).orElse(List.of());
        EssayResponse essay = q.child("responseformat").isEmpty() && q.child("graderinfo").isEmpty() ? null : new EssayResponse(
                q.value("responseformat", "editor"), bool(q.value("responserequired", "1")),
                whole(q.value("responsefieldlines", "15"), "responsefieldlines"), whole(q.value("attachments", "0"), "attachments"),
                whole(q.value("attachmentsrequired", "0"), "attachmentsrequired"), optionalWhole(q, "minwordlimit"),
                optionalWhole(q, "maxwordlimit"), whole(q.value("maxbytes", "0"), "maxbytes"), q.value("filetypeslist", ""),
                formatted(q.child("graderinfo").orElse(null), inherited), formatted(q.child("responsetemplate").orElse(null), inherited));
        UnitHandling units = q.child("unitgradingtype").isEmpty() && q.child("unitpenalty").isEmpty() && q.child("showunits").isEmpty()
                ? null : new UnitHandling(decimal(q.value("unitpenalty", "0.1"), "unitpenalty"),
                whole(q.value("unitgradingtype", "0"), "unitgradingtype"), whole(q.value("showunits", "3"), "showunits"),
                bool(q.value("unitsleft", "0")));
        return new QuestionDetails(penalty, hints, combined, tags, q.value("idnumber", null), q.value("answernumbering", null),
                bool(q.value("showstandardinstruction", "0")), essay, units);
    }

    private static int whole(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "exchange.xml.number", field, value.strip());
        }
    }

    private static Integer optionalWhole(XmlElement q, String field) {
        String v = q.value(field, "");
        return v.isEmpty() ? null : whole(v, field);
    }

    /** The files embedded anywhere in the question, each once. */
    private static List<EmbeddedFile> files(XmlElement q) {
        List<EmbeddedFile> files = new ArrayList<>();
        for (XmlElement f : q.descendants("file")) {
            String name = f.attribute("name") == null ? "" : f.attribute("name").strip();
            if (name.isEmpty() || !"base64".equalsIgnoreCase(String.valueOf(f.attribute("encoding")).strip())) {
                throw new InvalidInput("file", "exchange.xml.fileBroken", name.isEmpty() ? "?" : name);
            }
            try {
                EmbeddedFile file = new EmbeddedFile(f.attribute("path"), name, Base64.getMimeDecoder().decode(f.text().strip()));
                if (!files.contains(file)) {
                    files.add(file);
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("file", "exchange.xml.fileBroken", name);
            }
        }
        return files;
    }

    private static Answer plain(Answer a, String text) {
        return new Answer(FormattedText.plain(text.strip()), a.credit(), a.feedback(), a.tolerance());
    }

    private static List<Answer> answers(XmlElement q, TextFormat inherited) {
        List<Answer> answers = new ArrayList<>();
        for (XmlElement a : q.children("answer")) {
            answers.add(new Answer(formatted(a, inherited), fraction(a),
                    formatted(a.child("feedback").orElse(null), inherited), null));
        }
        return answers;
    }

    private static List<Answer> numericalAnswers(XmlElement q, TextFormat inherited) {
        List<Answer> answers = new ArrayList<>();
        for (XmlElement a : q.children("answer")) {
            String value = a.innerText().strip();
            if (value.isEmpty()) {
                value = a.text().strip();   // old exports put the number straight inside <answer>
            }
            BigDecimal tolerance = value.equals("*") ? null : decimal(a.value("tolerance", "0"), "tolerance");
            String number = value.equals("*") ? "*" : decimal(value, "answer").stripTrailingZeros().toPlainString();
            answers.add(new Answer(FormattedText.plain(number), fraction(a),
                    formatted(a.child("feedback").orElse(null), inherited), tolerance));
        }
        return answers;
    }

    private static List<NumericalUnit> units(XmlElement q) {
        return q.child("units").map(u -> u.children("unit").stream()
                .map(unit -> new NumericalUnit(unit.value("unit_name", ""), decimal(unit.value("multiplier", "1"), "multiplier")))
                .filter(unit -> !unit.name().isEmpty())
                .toList()).orElse(List.of());
    }

    private static Credit fraction(XmlElement answer) {
        String fraction = answer.attribute("fraction");
        return Credit.ofPercent(decimal(fraction == null ? "0" : fraction, "fraction"));
    }

    private static FormattedText formatted(XmlElement element, TextFormat inherited) {
        if (element == null) {
            return FormattedText.empty(inherited);
        }
        String format = element.attribute("format");
        TextFormat f = format == null ? inherited : TextFormat.fromXml(format.strip())
                .orElseThrow(() -> new InvalidInput("format", "exchange.xml.format", format));
        return new FormattedText(element.innerText(), f);
    }

    private static BigDecimal decimal(String value, String field) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "exchange.xml.number", field, value.strip());
        }
    }

    private static boolean bool(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("1");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.contains("Message:") ? message.substring(message.indexOf("Message:") + 8) : message;
        return m.strip().lines().findFirst().orElse("");
    }
}
