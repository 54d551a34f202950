package org.practica.assessments.domain.question;

import org.practica.courses.domain.course.RichText;

/** A piece of question text with its format; markup in the HTML formats is sanitised on creation. */
public record FormattedText(String text, TextFormat format) {

    public static final int MAX_CHARS = 60_000;

    public FormattedText {
        text = text == null ? "" : text.strip();
        format = format == null ? TextFormat.MOODLE : format;
        // Without '<' or '&' there is no markup to clean, and the sanitiser would only re-encode
        // apostrophes and quotes, making texts read back differently from what was written.
        if (format.isHtml() && (text.indexOf('<') >= 0 || text.indexOf('&') >= 0)) {
            text = RichText.clean(text);
        }
    }

    public static FormattedText empty(TextFormat format) {
        return new FormattedText("", format);
    }

    public static FormattedText plain(String text) {
        return new FormattedText(text, TextFormat.PLAIN);
    }

    /**
     * The text as HTML that is safe to show: the HTML formats were sanitised when the text was
     * made; plain text and Markdown (not rendered here) are escaped, their line breaks kept.
     */
    public String asHtml() {
        return format.isHtml() ? text : escaped(text);
    }

    /** Plain text as HTML that shows it as written. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("\n", "<br>");
    }

    public boolean blank() {
        return text.isBlank();
    }
}
