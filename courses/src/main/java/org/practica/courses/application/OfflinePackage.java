package org.practica.courses.application;

import org.practica.courses.domain.media.MediaListing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a learner's browser stores to read a course without a connection: the pages of the version
 * they are enrolled on (the course page and each lesson, a lesson with a content note in both its
 * forms) and the files those lessons show or offer. {@code bytes} is said before anything is
 * downloaded: files by their exact size, pages by their text and the page around it. A course
 * over {@link #LIMIT_BYTES} is saved without its files. {@code digest} changes when anything
 * saved would change, so a saved copy can tell it is out of date.
 */
public record OfflinePackage(long courseId, int version, String digest, long bytes, long pageBytes, long limitBytes,
                             boolean filesIncluded, List<String> pages, List<SavedFile> files) {

    /** The most one course may take in a browser's storage, files included. */
    public static final long LIMIT_BYTES = 20L * 1024 * 1024;

    /** A lesson page's header, outline and controls around its text, uncompressed. */
    static final int PAGE_AROUND_TEXT = 6 * 1024;

    private static final Pattern MEDIA = Pattern.compile("/media/(\\d+)(?=[/\"'?#\\s]|$)");

    public record SavedFile(String url, long bytes) {
    }

    static OfflinePackage of(long courseId, int version, List<LessonView> lessons,
                             Function<Collection<Long>, List<MediaListing>> listed) {
        List<String> pages = new ArrayList<>();
        pages.add("/courses/course.xhtml?id=" + courseId);
        long pageBytes = PAGE_AROUND_TEXT;
        Set<Long> shown = new LinkedHashSet<>();
        Map<String, SavedFile> files = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (LessonView lesson : lessons) {
            String page = "/courses/lesson.xhtml?course=" + courseId + "&lesson=" + lesson.key();
            pages.add(page);
            if (lesson.contentNote() != null && !lesson.contentNote().isBlank()) {
                pages.add(page + "&ready=true");
            }
            String html = lesson.html() == null ? "" : lesson.html();
            pageBytes += PAGE_AROUND_TEXT + html.getBytes(StandardCharsets.UTF_8).length;
            digest.update((lesson.key() + '\n' + lesson.title() + '\n' + html + '\n').getBytes(StandardCharsets.UTF_8));
            Matcher m = MEDIA.matcher(html);
            while (m.find()) {
                shown.add(Long.valueOf(m.group(1)));
            }
            lesson.attachments().forEach(a -> files.put(a.url(), new SavedFile(a.url(), a.sizeBytes())));
        }
        if (!shown.isEmpty()) {
            listed.apply(shown).forEach(f -> files.putIfAbsent(f.path(), new SavedFile(f.path(), f.sizeBytes())));
        }
        files.keySet().forEach(url -> digest.update(url.getBytes(StandardCharsets.UTF_8)));
        long fileBytes = files.values().stream().mapToLong(SavedFile::bytes).sum();
        boolean fit = pageBytes + fileBytes <= LIMIT_BYTES;
        return new OfflinePackage(courseId, version, HexFormat.of().formatHex(digest.digest(), 0, 8),
                pageBytes + (fit ? fileBytes : 0), pageBytes, LIMIT_BYTES, fit, List.copyOf(pages),
                fit ? List.copyOf(files.values()) : List.of());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
