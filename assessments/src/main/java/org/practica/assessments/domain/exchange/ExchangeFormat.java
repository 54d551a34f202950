package org.practica.assessments.domain.exchange;

import org.practica.kernel.InvalidInput;

import java.util.Arrays;

/** The two formats trainers bring their questions in from Moodle. */
public enum ExchangeFormat {
    GIFT("gift", "text/plain", ".txt"),
    MOODLE_XML("moodlexml", "application/xml", ".xml");

    private final String code;
    private final String mediaType;
    private final String extension;

    ExchangeFormat(String code, String mediaType, String extension) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format a file is in: Moodle XML when it plainly is (it opens with an XML declaration or
     * a quiz element, which no GIFT file does), whatever was chosen; otherwise the one chosen.
     */
    public static ExchangeFormat recognised(String chosen, String content) {
        String start = content == null ? "" : content.stripLeading().replaceFirst("^\uFEFF", "").stripLeading();
        if (start.startsWith("<?xml") || start.startsWith("<quiz")) {
            return MOODLE_XML;
        }
        return of(chosen);
    }

    public static ExchangeFormat of(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("format", "validation.required");
        }
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new InvalidInput("format", "exchange.format.unknown", code.strip()));
    }
}
