package org.practica.documents;

import org.practica.kernel.InvalidInput;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * XLIFF 2.0 (OASIS), the exchange format translation tools read and write: one file of units, each
 * a source text and, once translated, its target, with the source and target languages on the
 * root. What a unit is (a title, a lesson's text) is the caller's business; the unit's id says it.
 * Texts go in as plain text; markup in them (a lesson's HTML) travels escaped, as CAT tools show it.
 */
public final class Xliff {

    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String MEDIA_TYPE = "application/xliff+xml";

    /** One unit: its id, its source text and its target (null until translated). */
    public record Unit(String id, String source, String target) {
    }

    /** A file's languages and units, in file order. */
    public record Document(String sourceLanguage, String targetLanguage, List<Unit> units) {
    }

    /** A file that is not XLIFF 2.0 this reader can use, with what is wrong. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }
    }

    private Xliff() {
    }

    /** The file for {@code units}, one {@code <file>} named {@code fileId}. */
    public static String write(String sourceLanguage, String targetLanguage, String fileId, List<Unit> units) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", sourceLanguage);
            xml.writeAttribute("trgLang", targetLanguage);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("file");
            xml.writeAttribute("id", fileId);
            for (Unit unit : units) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("unit");
                xml.writeAttribute("id", unit.id());
                xml.writeCharacters("\n      ");
                xml.writeStartElement("segment");
                xml.writeCharacters("\n        ");
                xml.writeStartElement("source");
                xml.writeCharacters(unit.source());
                xml.writeEndElement();
                if (unit.target() != null) {
                    xml.writeCharacters("\n        ");
                    xml.writeStartElement("target");
                    xml.writeCharacters(unit.target());
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n      ");
                xml.writeEndElement();
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an XLIFF file could not be written", e);
        }
        return out.toString();
    }

    /** The units of a file someone sent, or a refusal for {@code field} saying what is wrong with it. */
    public static Document readFor(String field, String file) {
        try {
            return read(file);
        } catch (Unreadable e) {
            throw new InvalidInput(field, "translation.unreadable", e.getMessage());
        }
    }

    /**
     * The units of an XLIFF 2.0 file. Segments of a unit are joined, so a tool that split a long text
     * into sentences gives it back whole. No DTD or external entity is ever read.
     */
    public static Document read(String file) throws Unreadable {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String source = null;
        String target = null;
        List<Unit> units = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(file));
            String unitId = null;
            StringBuilder unitSource = null;
            StringBuilder unitTarget = null;
            boolean anyTarget = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (name) {
                        case "xliff" -> {
                            if (!NAMESPACE.equals(xml.getNamespaceURI()) || !"2.0".equals(xml.getAttributeValue(null, "version"))) {
                                throw new Unreadable("not XLIFF 2.0");
                            }
                            source = xml.getAttributeValue(null, "srcLang");
                            target = xml.getAttributeValue(null, "trgLang");
                        }
                        case "unit" -> {
                            unitId = xml.getAttributeValue(null, "id");
                            unitSource = new StringBuilder();
                            unitTarget = new StringBuilder();
                            anyTarget = false;
                        }
                        case "source" -> {
                            if (unitSource != null) {
                                unitSource.append(xml.getElementText());
                            }
                        }
                        case "target" -> {
                            if (unitTarget != null) {
                                unitTarget.append(xml.getElementText());
                                anyTarget = true;
                            }
                        }
                        default -> {
                            // notes, metadata and the like: not ours to read
                        }
                    }
                } else if ("unit".equals(name) && unitId != null) {
                    units.add(new Unit(unitId, unitSource.toString(), anyTarget ? unitTarget.toString() : null));
                    unitId = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new Unreadable(e.getMessage() == null ? "not well-formed XML" : e.getMessage().replaceAll("\\s+", " "));
        }
        if (source == null || source.isBlank()) {
            throw new Unreadable("no source language (srcLang)");
        }
        if (target == null || target.isBlank()) {
            throw new Unreadable("no target language (trgLang)");
        }
        return new Document(source.strip(), target.strip(), List.copyOf(units));
    }

    /**
     * Whether a unit's source in a file is still the text it was exported from: the same words,
     * whatever a translation tool did to spacing and line ends.
     */
    public static boolean sameText(String current, String inFile) {
        return current.replaceAll("\\s+", " ").strip().equals(inFile == null ? "" : inFile.replaceAll("\\s+", " ").strip());
    }
}
