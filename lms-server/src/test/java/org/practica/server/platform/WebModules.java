package org.practica.server.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the war's pages and interface code come from: its own webapp and the jars of each context. */
final class WebModules {

    static final List<String> CONTEXTS = List.of("../courses-web", "../assessments-web", "../mentoring-web", "../certificates-web");

    private WebModules() {
    }

    static List<Path> pageRoots() {
        return Stream.concat(Stream.of(Path.of("src/main/webapp")),
                CONTEXTS.stream().map(m -> Path.of(m, "src/main/resources/META-INF/resources"))).toList();
    }

    static List<Path> sourceRoots() {
        return Stream.concat(Stream.of("", "../web-support/").map(m -> Path.of(m + "src/main/java")),
                CONTEXTS.stream().map(m -> Path.of(m, "src/main/java"))).toList();
    }
}
