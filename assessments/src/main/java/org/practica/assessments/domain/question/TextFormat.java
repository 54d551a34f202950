package org.practica.assessments.domain.question;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a piece of question text is written, as in Moodle: HTML and Moodle's auto-format are stored
 * sanitised; plain text is escaped when shown; Markdown is rendered and then sanitised.
 */
public enum TextFormat {
    MOODLE("moodle", "moodle_auto_format"),
    HTML("html", "html"),
    PLAIN("plain", "plain_text"),
    MARKDOWN("markdown", "markdown");

    private final String giftName;
    private final String xmlName;

    TextFormat(String giftName, String xmlName) {
        this.giftName = giftName;
        this.xmlName = xmlName;
    }

    public String giftName() {
        return giftName;
    }

    public String xmlName() {
        return xmlName;
    }

    public boolean isHtml() {
        return this == MOODLE || this == HTML;
    }

    public static Optional<TextFormat> fromGift(String name) {
        return Arrays.stream(values()).filter(f -> f.giftName.equals(name)).findFirst();
    }

    public static Optional<TextFormat> fromXml(String name) {
        return Arrays.stream(values()).filter(f -> f.xmlName.equals(name)).findFirst();
    }
}
