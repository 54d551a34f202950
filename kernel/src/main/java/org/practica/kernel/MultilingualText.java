package org.practica.kernel;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A short text kept in as many content languages as someone wrote it in: a programme's title, an
 * audience track's or a competency's name. Any {@link ContentLanguage} may hold a version, so a
 * new language needs no new column. A reader gets their own language, else English, else the
 * first version there is; a text is never empty.
 */
public final class MultilingualText {

    private static final String FALLBACK = ContentLanguage.EN.code();

    private final SortedMap<String, String> versions;

    private MultilingualText(SortedMap<String, String> versions) {
        this.versions = Collections.unmodifiableSortedMap(versions);
    }

    /**
     * The versions as typed: blank ones are dropped, each is checked against {@code maxLength}, and
     * a refusal names {@code field.<language>} (or {@code field} when no version is left).
     */
    public static MultilingualText of(String field, Map<String, String> typed, int maxLength) {
        SortedMap<String, String> checked = new TreeMap<>();
        if (typed != null) {
            typed.forEach((language, text) -> {
                if (text != null && !text.isBlank()) {
                    String code = ContentLanguage.of(field, language).code();
                    checked.put(code, Text.required(field + "." + code, text, maxLength));
                }
            });
        }
        if (checked.isEmpty()) {
            throw new InvalidInput(field, "validation.required");
        }
        return new MultilingualText(checked);
    }

    /**
     * What a request typed: its map of versions, with the English and Russian fields that clients
     * written before texts had a map of versions still send. The map wins where both give one.
     */
    public static Map<String, String> typed(Map<String, String> versions, String english, String russian) {
        Map<String, String> all = new TreeMap<>();
        all.put(ContentLanguage.EN.code(), english);
        all.put(ContentLanguage.RU.code(), russian);
        if (versions != null) {
            all.putAll(versions);
        }
        return all;
    }

    /** Versions read back from storage or a view, which were checked when they were written. */
    public static MultilingualText written(Map<String, String> versions) {
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException("a text has at least one version");
        }
        return new MultilingualText(new TreeMap<>(versions));
    }

    /** The version for a reader of {@code language}: theirs, else English, else the first there is. */
    public String in(String language) {
        return versions.get(languageFor(language));
    }

    /** Which version {@link #in} gives, so a page can mark its language. */
    public String languageFor(String language) {
        if (language != null && versions.containsKey(language)) {
            return language;
        }
        return versions.containsKey(FALLBACK) ? FALLBACK : versions.firstKey();
    }

    /** The version written in exactly this language, or null. */
    public String exactly(String language) {
        return versions.get(language);
    }

    /** Language code to text, ordered by code. */
    public Map<String, String> versions() {
        return versions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultilingualText other && other.versions.equals(versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versions);
    }

    @Override
    public String toString() {
        return versions.toString();
    }
}
