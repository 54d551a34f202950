package org.practica.server.platform;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page and template parses as namespaced XML, as Facelets will parse it: a prefix used
 * without its namespace would otherwise be found only when someone opens the page.
 */
class PagesAreWellFormedTest {

    @Test
    void everyPageAndTemplateParses() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder parser = factory.newDocumentBuilder();
        parser.setErrorHandler(null);
        List<String> broken = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        for (Path root : WebModules.pageRoots()) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".xhtml")).forEach(pages::add);
            }
        }
        for (Path page : pages) {
            try {
                parser.parse(page.toFile());
            } catch (SAXParseException e) {
                broken.add(page + ":" + e.getLineNumber() + " " + e.getMessage());
            }
        }
        assertTrue(pages.size() > 30, "pages found: " + pages.size());
        assertEquals(List.of(), broken);
    }
}
