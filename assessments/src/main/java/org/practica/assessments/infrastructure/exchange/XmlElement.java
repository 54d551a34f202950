package org.practica.assessments.infrastructure.exchange;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree that remembers the line each element starts on, which the JDK's DOM does
 * not. Parsed with StAX, with DTDs and external entities switched off: a question file must not
 * be able to read the server's files or expand itself a billion times.
 */
final class XmlElement {

    private final String name;
    private final int line;
    private final Map<String, String> attributes = new HashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    static XmlElement parse(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlElement e = new XmlElement(reader.getLocalName(), reader.getLocation().getLineNumber());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            e.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.peek().children.add(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
                            throw new XMLStreamException("entities and DTDs are not accepted", reader.getLocation());
                    default -> { }
                }
            }
        } finally {
            reader.close();
        }
        if (root == null) {
            throw new XMLStreamException("no root element");
        }
        return root;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // not every StAX implementation knows this property; the two above are mandatory
        }
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    String attribute(String key) {
        return attributes.get(key);
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Every element of this name inside this one, at any depth, in document order. */
    List<XmlElement> descendants(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
            found.addAll(c.descendants(childName));
        }
        return found;
    }

    /** The text of this element's own {@code <text>} child, as Moodle wraps most values. */
    String innerText() {
        return child("text").map(XmlElement::text).orElse("");
    }

    String text() {
        return text.toString();
    }

    /** The text of a child element, or {@code fallback} when it is absent. */
    String value(String childName, String fallback) {
        return child(childName).map(c -> c.text().strip()).orElse(fallback);
    }
}
