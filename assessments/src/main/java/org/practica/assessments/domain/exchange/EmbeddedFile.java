package org.practica.assessments.domain.exchange;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file a question's texts link to, carried inside a Moodle XML file ({@code <file name path
 * encoding="base64">}) and linked as {@code @@PLUGINFILE@@/path/name}. Two are equal when their
 * place, name and every byte are.
 */
public record EmbeddedFile(String path, String name, byte[] content) {

    public EmbeddedFile {
        path = path == null || path.isBlank() ? "/" : path;
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The link a question's text has to it, as Moodle writes it. */
    public String link() {
        return PluginFileLinks.link(path, name);
    }

    /** Every way a text may link to it: as Moodle writes it (name encoded), and with the name as it is. */
    public java.util.List<String> links() {
        return java.util.List.of(link(), PluginFileLinks.MARKER + path + name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmbeddedFile f && path.equals(f.path) && name.equals(f.name) && Arrays.equals(content, f.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, name, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return path + name + " (" + content.length + " bytes)";
    }
}
