package org.practica.courses.domain.course;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's images made to wait for a tap, for a reader who turned data saver on: each image
 * becomes a link to it that says what it shows, so nothing is downloaded until asked for; the
 * page's script puts the image back in place when the link is tapped, and without the script the
 * link opens the image. Works on lesson HTML as {@link LessonBody} sanitised it, whose attributes
 * are always double-quoted and escaped.
 */
public final class ImagesOnRequest {

    private static final Pattern IMAGE = Pattern.compile("<img\\b([^>]*?)/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(src|alt|width|height)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private ImagesOnRequest() {
    }

    /**
     * The lesson's HTML with every image behind a link. {@code named} is the link's words for an
     * image with a description ({@code {0}} stands for it), {@code unnamed} for one without; both
     * plain text from the bundle.
     */
    public static String of(String html, String named, String unnamed) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        Matcher image = IMAGE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (image.find()) {
            String src = null, alt = "", width = null, height = null;
            Matcher a = ATTRIBUTE.matcher(image.group(1));
            while (a.find()) {
                switch (a.group(1).toLowerCase(java.util.Locale.ROOT)) {
                    case "src" -> src = a.group(2);
                    case "alt" -> alt = a.group(2);
                    case "width" -> width = a.group(2);
                    default -> height = a.group(2);
                }
            }
            if (src == null) {
                image.appendReplacement(out, "");
                continue;
            }
            String words = alt.isBlank() ? escape(unnamed) : escape(named).replace("{0}", alt);
            String link = "<a class=\"image-on-request\" href=\"" + src + "\" data-alt=\"" + alt + "\""
                    + (width == null ? "" : " data-width=\"" + width + "\"") + (height == null ? "" : " data-height=\"" + height + "\"")
                    + ">" + words + "</a>";
            image.appendReplacement(out, Matcher.quoteReplacement(link));
        }
        image.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
