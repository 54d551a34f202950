package org.practica.courses.domain.course;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.regex.Pattern;

/**
 * The one policy for rich text that trainers write (lessons, questions, feedback): no scripts, no
 * event handlers, no style that can hide content and no link that runs code. Images may come only
 * from this installation's media or over https.
 */
public final class RichText {

    private static final Pattern LOCAL_OR_HTTPS = Pattern.compile("^(https://|/media/)[^\\s\"'<>]*$");
    /** The editor writes every list as {@code <ol>} and says in each item whether it is bulleted. */
    private static final Pattern LIST_KIND = Pattern.compile("bullet|ordered");

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
                    .allowAttributes("data-list").matching(LIST_KIND).onElements("li")
                    .allowAttributes("dir", "lang").globally()
                    .toFactory());

    private RichText() {
    }

    /** Sanitised and stripped; applying it again changes nothing. */
    public static String clean(String raw) {
        return POLICY.sanitize(raw).strip();
    }
}
