package org.practica.assessments.infrastructure.exchange;

import org.practica.assessments.domain.exchange.CategoryInfo;
import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.assessments.domain.exchange.EmbeddedFile;
import org.practica.assessments.domain.exchange.ExportedQuestion;
import org.practica.assessments.domain.exchange.QuestionWriter;
import org.practica.assessments.domain.question.Answer;
import org.practica.assessments.domain.question.CombinedFeedback;
import org.practica.assessments.domain.question.EssayResponse;
import org.practica.assessments.domain.question.Hint;
import org.practica.assessments.domain.question.QuestionDetails;
import org.practica.assessments.domain.question.UnitHandling;
import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.MatchPair;
import org.practica.assessments.domain.question.NumericalUnit;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionType;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes questions as Moodle XML, which Moodle imports and {@link MoodleXmlReader} reads back unchanged. */
public final class MoodleXmlWriter implements QuestionWriter {

    @Override
    public String write(List<ExportedQuestion> questions) {
        return write(questions, List.of());
    }

    @Override
    public String write(List<ExportedQuestion> questions, List<CategoryInfo> categories) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("quiz");
            CategoryPath category = null;
            for (ExportedQuestion q : questions) {
                if (!q.category().equals(category)) {
                    category = q.category();
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("question");
                    xml.writeAttribute("type", "category");
                    xml.writeStartElement("category");
                    text(xml, category.toMoodle());
                    xml.writeEndElement();
                    CategoryPath path = category;
                    var said = categories.stream().filter(c -> c.path().equals(path)).findFirst();
                    if (said.isPresent()) {
                        formatted(xml, "info", said.get().info(), List.of());
                        simple(xml, "idnumber", said.get().idNumber() == null ? "" : said.get().idNumber());
                    }
                    xml.writeEndElement();
                }
                question(xml, q.definition(), q.files());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
        return out.toString();
    }

    private static void question(XMLStreamWriter xml, QuestionDefinition q, List<EmbeddedFile> files) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("question");
        xml.writeAttribute("type", switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case NUMERICAL -> "numerical";
            case MATCHING -> "matching";
            case ESSAY -> "essay";
            case DESCRIPTION -> "description";
            case CLOZE -> "cloze";
        });
        xml.writeStartElement("name");
        text(xml, q.name());
        xml.writeEndElement();
        formatted(xml, "questiontext", q.text(), files);
        formatted(xml, "generalfeedback", q.generalFeedback(), files);
        QuestionDetails details = q.options().details();
        if (q.type() != QuestionType.CLOZE) {
            // Moodle works a cloze question's mark out from its embedded answers and writes none
            simple(xml, "defaultgrade", q.options().defaultMark().toPlainString());
        }
        simple(xml, "penalty", details.penalty().toPlainString());
        simple(xml, "hidden", "0");
        simple(xml, "idnumber", details.idNumber() == null ? "" : details.idNumber());
        if (q.options().contentNote() != null) {
            // not Moodle's: its importer passes over elements it does not know, Practica's reads it back
            simple(xml, "contentnote", q.options().contentNote());
        }
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                simple(xml, "single", q.type() == QuestionType.SINGLE_CHOICE ? "true" : "false");
                simple(xml, "shuffleanswers", q.options().shuffleAnswers() ? "true" : "false");
                simple(xml, "answernumbering", details.answerNumbering());
                simple(xml, "showstandardinstruction", details.showStandardInstruction() ? "1" : "0");
                combined(xml, details.combined(), files);
                answers(xml, q.answers(), false, files);
            }
            case TRUE_FALSE -> answers(xml, q.answers(), false, files);
            case SHORT_ANSWER -> {
                simple(xml, "usecase", q.options().caseSensitive() ? "1" : "0");
                answers(xml, q.answers(), false, files);
            }
            case NUMERICAL -> {
                answers(xml, q.answers(), true, files);
                if (!q.options().units().isEmpty()) {
                    xml.writeStartElement("units");
                    for (NumericalUnit u : q.options().units()) {
                        xml.writeStartElement("unit");
                        simple(xml, "multiplier", u.multiplier().toPlainString());
                        simple(xml, "unit_name", u.name());
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                UnitHandling units = details.units();
                simple(xml, "unitgradingtype", String.valueOf(units.gradingType()));
                simple(xml, "unitpenalty", units.penalty().toPlainString());
                simple(xml, "showunits", String.valueOf(units.showUnits()));
                simple(xml, "unitsleft", units.unitsLeft() ? "1" : "0");
            }
            case MATCHING -> {
                simple(xml, "shuffleanswers", q.options().shuffleAnswers() ? "true" : "false");
                combined(xml, details.combined(), files);
                for (MatchPair p : q.pairs()) {
                    xml.writeStartElement("subquestion");
                    xml.writeAttribute("format", p.prompt().format().xmlName());
                    text(xml, p.prompt().text());
                    files(xml, p.prompt().text(), files);
                    xml.writeStartElement("answer");
                    text(xml, p.answer());
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
            }
            case ESSAY -> {
                EssayResponse essay = details.essay();
                simple(xml, "responseformat", essay.format());
                simple(xml, "responserequired", essay.required() ? "1" : "0");
                simple(xml, "responsefieldlines", String.valueOf(essay.fieldLines()));
                simple(xml, "minwordlimit", essay.minWords() == null ? "" : essay.minWords().toString());
                simple(xml, "maxwordlimit", essay.maxWords() == null ? "" : essay.maxWords().toString());
                simple(xml, "attachments", String.valueOf(essay.attachments()));
                simple(xml, "attachmentsrequired", String.valueOf(essay.attachmentsRequired()));
                simple(xml, "maxbytes", String.valueOf(essay.maxBytes()));
                simple(xml, "filetypeslist", essay.fileTypes());
                formatted(xml, "graderinfo", essay.graderInfo(), files);
                formatted(xml, "responsetemplate", essay.template(), files);
            }
            case DESCRIPTION, CLOZE -> { }
        }
        for (Hint h : details.hints()) {
            xml.writeStartElement("hint");
            xml.writeAttribute("format", h.text().format().xmlName());
            text(xml, h.text().text());
            files(xml, h.text().text(), files);
            if (h.showNumCorrect()) {
                xml.writeEmptyElement("shownumcorrect");
            }
            if (h.clearWrong()) {
                xml.writeEmptyElement("clearwrong");
            }
            xml.writeEndElement();
        }
        if (!details.tags().isEmpty()) {
            xml.writeStartElement("tags");
            for (String tag : details.tags()) {
                xml.writeStartElement("tag");
                text(xml, tag);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void answers(XMLStreamWriter xml, List<Answer> answers, boolean numerical, List<EmbeddedFile> files)
            throws XMLStreamException {
        for (Answer a : answers) {
            xml.writeStartElement("answer");
            xml.writeAttribute("fraction", a.credit().percent().toPlainString());
            xml.writeAttribute("format", a.text().format().xmlName());
            text(xml, a.text().text());
            files(xml, a.text().text(), files);
            formatted(xml, "feedback", a.feedback(), files);
            if (numerical && a.tolerance() != null) {
                simple(xml, "tolerance", a.tolerance().toPlainString());
            }
            xml.writeEndElement();
        }
    }

    private static void formatted(XMLStreamWriter xml, String element, FormattedText t, List<EmbeddedFile> files)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("format", t.format().xmlName());
        text(xml, t.text());
        files(xml, t.text(), files);
        xml.writeEndElement();
    }

    private static void combined(XMLStreamWriter xml, CombinedFeedback c, List<EmbeddedFile> files) throws XMLStreamException {
        formatted(xml, "correctfeedback", c.correct(), files);
        formatted(xml, "partiallycorrectfeedback", c.partiallyCorrect(), files);
        formatted(xml, "incorrectfeedback", c.incorrect(), files);
        if (c.showNumCorrect()) {
            xml.writeEmptyElement("shownumcorrect");
        }
    }

    /** Beside a text, as Moodle puts them, the files it links to. */
    private static void files(XMLStreamWriter xml, String text, List<EmbeddedFile> files) throws XMLStreamException {
        for (EmbeddedFile f : files) {
            if (text.contains(f.link())) {
                xml.writeStartElement("file");
                xml.writeAttribute("name", f.name());
                xml.writeAttribute("path", f.path());
                xml.writeAttribute("encoding", "base64");
                xml.writeCharacters(Base64.getEncoder().encodeToString(f.content()));
                xml.writeEndElement();
            }
        }
    }

    private static void simple(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * Moodle wraps values in {@code <text>}, and in CDATA when they hold anything HTML would
     * escape ({@code < > & "}), as Moodle's own exporter does; a "]]>" inside is split between two
     * CDATA sections the way Moodle splits it.
     */
    private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeStartElement("text");
        if (value.chars().anyMatch(c -> c == '<' || c == '>' || c == '&' || c == '"')) {
            String[] parts = value.split("]]>", -1);
            for (int i = 0; i < parts.length; i++) {
                xml.writeCData((i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : ""));
            }
        } else {
            xml.writeCharacters(value);
        }
        xml.writeEndElement();
    }
}
