package org.practica.assessments.domain.exchange;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a question is filed in its bank, as a path of names ("Ethics/Consent"); the empty path is
 * the bank's top. Moodle's context prefixes ({@code $course$/top/}) are dropped on the way in and
 * written back on the way out.
 */
public record CategoryPath(String value) {

    public static final CategoryPath TOP = new CategoryPath("");
    public static final int MAX = 255;

    public CategoryPath {
        value = Arrays.stream((value == null ? "" : value).split("/"))
                .map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("/"));
        if (value.length() > MAX) {
            value = value.substring(0, MAX);
        }
    }

    /** From Moodle's form, e.g. {@code $course$/top/Ethics/Consent}. */
    public static CategoryPath fromMoodle(String path) {
        String p = path == null ? "" : path.strip();
        p = p.replaceFirst("^\\$[a-z0-9]+\\$/?", "");
        p = p.replaceFirst("^top(/|$)", "");
        return new CategoryPath(p);
    }

    public String toMoodle() {
        return value.isEmpty() ? "$course$/top" : "$course$/top/" + value;
    }

    /** True for this category and the ones under it. */
    public boolean contains(CategoryPath other) {
        return value.isEmpty() || other.value.equals(value) || other.value.startsWith(value + "/");
    }

    @Override
    public String toString() {
        return value;
    }
}
