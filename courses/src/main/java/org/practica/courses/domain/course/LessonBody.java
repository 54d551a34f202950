package org.practica.courses.domain.course;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.practica.kernel.InvalidInput;

import java.util.regex.Pattern;

/**
 * The rich text of a lesson, always sanitised: whatever an author pastes, what is stored and
 * shown to learners has no scripts, no event handlers, no style that can hide content and no
 * link that runs code. Images may come only from this installation's media or over https.
 */
public final class LessonBody {

    public static final int MAX_CHARS = 200_000;

    private static final Pattern LOCAL_OR_HTTPS = Pattern.compile("^(https://|/media/)[^\\s\"'<>]*$");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("img")
                    .allowAttributes("src").matching(LOCAL_OR_HTTPS).onElements("img")
                    .allowAttributes("alt", "width", "height").onElements("img")
                    .allowElements("ul", "ol", "li", "dl", "dt", "dd", "pre", "code", "hr", "figure", "figcaption",
                            "section", "aside", "mark", "small", "sub", "sup")
                    .allowAttributes("dir", "lang").globally()
                    .toFactory());

    private final String html;

    private LessonBody(String html) {
        this.html = html;
    }

    public static LessonBody sanitise(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        if (raw.length() > MAX_CHARS) {
            throw new InvalidInput(field, "validation.tooLong", MAX_CHARS);
        }
        String clean = POLICY.sanitize(raw).strip();
        if (clean.isEmpty()) {
            throw new InvalidInput(field, "lesson.body.nothingLeft");
        }
        return new LessonBody(clean);
    }

    /** For text read back from the database, which was sanitised when it was stored. */
    static LessonBody stored(String html) {
        return new LessonBody(html);
    }

    public String html() {
        return html;
    }
}
