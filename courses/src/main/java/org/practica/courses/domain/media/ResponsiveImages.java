package org.practica.courses.domain.media;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's own images as a phone on a slow line should get them: each with its width and
 * height (so the text does not jump while it loads), a set of smaller WebP copies for the browser
 * to choose from by the screen's width, loaded only as it is scrolled near, decoded off the main
 * thread. Images from elsewhere are left as they are. Works on HTML as {@link org.practica.courses.domain.course.LessonBody}
 * sanitised it: attributes double-quoted and escaped.
 */
public final class ResponsiveImages {

    /** An image's size in pixels, as read when it was uploaded. */
    public record Size(int width, int height) {
    }

    private static final Pattern IMAGE = Pattern.compile("<img\\b([^>]*?)\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"(/media/(\\d+)/[^\"?#]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROPPED = Pattern.compile("\\s*\\b(width|height|srcset|sizes|loading|decoding)=\"[^\"]*\"", Pattern.CASE_INSENSITIVE);

    private ResponsiveImages() {
    }

    /** The ids of the course's images the HTML shows, to look their sizes up. */
    public static List<Long> shown(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher image = IMAGE.matcher(html == null ? "" : html);
        while (image.find()) {
            Matcher src = SRC.matcher(image.group(1));
            if (src.find()) {
                ids.add(Long.valueOf(src.group(2)));
            }
        }
        return ids;
    }

    public static String of(String html, Map<Long, Size> sizes) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        Matcher image = IMAGE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (image.find()) {
            String attributes = image.group(1);
            Matcher src = SRC.matcher(attributes);
            Size size = src.find() ? sizes.get(Long.valueOf(src.group(2))) : null;
            if (size == null) {
                image.appendReplacement(out, Matcher.quoteReplacement(image.group()));
                continue;
            }
            String original = src.group(1);
            List<Integer> widths = ImageWidths.below(size.width());
            StringBuilder set = new StringBuilder();
            for (int w : widths) {
                set.append(original).append("?w=").append(w).append(' ').append(w).append("w, ");
            }
            set.append(original).append(' ').append(size.width()).append('w');
            // the first choice before the browser picks: the copy nearest a phone's column
            String first = widths.contains(640) ? original + "?w=640" : original;
            String rest = DROPPED.matcher(SRC.matcher(attributes).replaceFirst("")).replaceAll("").strip();
            String rewritten = "<img src=\"" + first + "\" srcset=\"" + set + "\" sizes=\"(max-width: " + ImageWidths.COLUMN + "px) 100vw, "
                    + ImageWidths.COLUMN + "px\" width=\"" + size.width() + "\" height=\"" + size.height()
                    + "\" loading=\"lazy\" decoding=\"async\"" + (rest.isEmpty() ? "" : " " + rest) + " />";
            image.appendReplacement(out, Matcher.quoteReplacement(rewritten));
        }
        image.appendTail(out);
        return out.toString();
    }
}
