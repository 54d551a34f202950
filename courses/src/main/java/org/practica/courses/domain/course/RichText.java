package org.practica.courses.domain.course;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The one policy for rich text that trainers write (lessons, questions, feedback): no scripts, no
 * event handlers, no style that can hide or move content and no link that runs code. Harmless
 * formatting stays: emphasis, sub- and superscripts, tables, spans coloured or aligned. Images may
 * come only from this installation's media or over https.
 *
 * <p>Text is written back as it came, apart from markup: quotes, {@code @}, {@code =} and braces
 * are not turned into entities, so that a question's embedded answers and a Moodle file link read
 * back unchanged and cleaning a text twice changes nothing.
 */
public final class RichText {

    /** A file embedded in a Moodle question keeps its link until the import stores it as course media. */
    private static final Pattern LOCAL_OR_HTTPS = Pattern.compile("^(https://|/media/|@@PLUGINFILE@@/)[^\\s\"'<>]*$");
    private static final Pattern LINK = Pattern.compile("^(https?://|mailto:|/|#|@@PLUGINFILE@@/)[^\\s\"'<>]*$", Pattern.CASE_INSENSITIVE);
    /** The editor writes every list as {@code <ol>} and says in each item whether it is bulleted. */
    private static final Pattern LIST_KIND = Pattern.compile("bullet|ordered");
    private static final Set<String> STYLES = Set.of("font-style", "font-weight", "text-decoration", "text-decoration-line",
            "text-align", "color", "background-color", "vertical-align", "direction", "white-space");
    /** Words, numbers, hex colours and rgb()/hsl(): nothing that loads, computes or escapes. */
    private static final Pattern STYLE_VALUE = Pattern.compile("^(?:[a-zA-Z-]+|#[0-9a-fA-F]{3,8}|-?[0-9.]+(?:%|px|em|rem|pt)?"
            + "|(?:rgb|rgba|hsl|hsla)\\([0-9.,%\\s/]+\\))(?:\\s+(?:[a-zA-Z-]+|-?[0-9.]+(?:%|px|em|rem|pt)?))*$");

    private static final Pattern PRE_BREAK = Pattern.compile("(<pre\\b[^>]*>)\n", Pattern.CASE_INSENSITIVE);

    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("hr", "figure", "figcaption", "section", "aside", "mark", "s", "del", "ins", "abbr", "bdi", "bdo",
                    "small", "sub", "sup")
            .addAttributes(":all", "dir", "lang", "style")
            .addAttributes("li", "data-list")
            .addAttributes("th", "scope")
            .addAttributes("td", "align")
            .addAttributes("th", "align")
            // links and images are checked below, where relative media paths can be told from code
            .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
            .removeProtocols("img", "src", "http", "https")
            .removeProtocols("blockquote", "cite", "http", "https")
            .removeProtocols("q", "cite", "http", "https")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");

    private RichText() {
    }

    /** Sanitised and stripped; applying it again changes nothing. */
    public static String clean(String raw) {
        // HTML drops a line break straight after <pre>; one more keeps the author's
        String text = raw == null ? "" : PRE_BREAK.matcher(raw).replaceAll("$1\n\n");
        Document dirty = Jsoup.parseBodyFragment(text);
        Document clean = new Cleaner(SAFE).clean(dirty);
        for (Element e : clean.body().select("[style]")) {
            String style = safeStyle(e.attr("style"));
            if (style.isEmpty()) {
                e.removeAttr("style");
            } else {
                e.attr("style", style);
            }
        }
        clean.body().select("img[src]").forEach(img -> keepIf(img, "src", LOCAL_OR_HTTPS));
        clean.body().select("a[href]").forEach(a -> keepIf(a, "href", LINK));
        clean.body().select("blockquote[cite], q[cite]").forEach(q -> q.removeAttr("cite"));
        clean.body().select("li[data-list]").forEach(li -> keepIf(li, "data-list", LIST_KIND));
        clean.outputSettings(OUTPUT);
        return clean.body().html().strip();
    }

    /** The words of a piece of rich text, without its markup, as a screen reader would say them. */
    public static String plainText(String html) {
        return html == null || html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html : Jsoup.parseBodyFragment(html).body().text();
    }

    /** How many images in a cleaned text have no alternative text (an empty one marks decoration). */
    public static int imagesWithoutAlt(String html) {
        if (html == null || !html.contains("<img")) {
            return 0;
        }
        return (int) Jsoup.parseBodyFragment(html).body().select("img").stream().filter(img -> !img.hasAttr("alt")).count();
    }

    private static void keepIf(Element e, String attribute, Pattern allowed) {
        if (!allowed.matcher(e.attr(attribute).strip()).matches()) {
            e.removeAttr(attribute);
        }
    }

    /** Only the declarations on the list, with plain values; the rest of the attribute goes. */
    static String safeStyle(String style) {
        StringJoiner kept = new StringJoiner("; ");
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            if (STYLES.contains(property) && STYLE_VALUE.matcher(value).matches()) {
                kept.add(property + ": " + value);
            }
        }
        return kept.toString();
    }
}
