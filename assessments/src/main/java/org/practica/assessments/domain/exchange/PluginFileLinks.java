package org.practica.assessments.domain.exchange;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links between a question's texts and its files. Moodle writes a link to an embedded file as
 * {@code @@PLUGINFILE@@} followed by its folder and its URL-encoded name; Practica's own links go to
 * the course's media ({@code /media/12/map.png}). Importing turns the first into the second;
 * exporting to Moodle XML turns them back.
 */
public final class PluginFileLinks {

    public static final String MARKER = "@@PLUGINFILE@@";
    private static final Pattern MEDIA = Pattern.compile("(?<=[\"'])/media/(\\d+)/([^\"'\\s<>?#]+)");

    private PluginFileLinks() {
    }

    /** The link Moodle writes for a file in a folder ("/" or "/images/"). */
    public static String link(String path, String name) {
        return MARKER + path + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text with each file's Moodle link (encoded or as written) replaced by its new address. */
    public static String replace(String text, Map<EmbeddedFile, String> addresses) {
        if (text.indexOf(MARKER) < 0) {
            return text;
        }
        String out = text;
        for (Map.Entry<EmbeddedFile, String> a : addresses.entrySet()) {
            for (String link : a.getKey().links()) {
                out = out.replace(link, a.getValue());
            }
        }
        return out;
    }

    /** The course media a text links to: asset id to the file name in the link (decoded). */
    public static Map<Long, String> mediaIn(String text) {
        Map<Long, String> found = new LinkedHashMap<>();
        Matcher m = MEDIA.matcher(text);
        while (m.find()) {
            found.put(Long.parseLong(m.group(1)), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        }
        return found;
    }

    /** The text with its links to course media replaced as {@code address} says (unchanged where it gives null). */
    public static String replaceMedia(String text, Function<Long, String> address) {
        Matcher m = MEDIA.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String to = address.apply(Long.parseLong(m.group(1)));
            m.appendReplacement(out, Matcher.quoteReplacement(to == null ? m.group() : to));
        }
        m.appendTail(out);
        return out.toString();
    }
}
