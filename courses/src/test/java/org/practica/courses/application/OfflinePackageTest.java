package org.practica.courses.application;

import org.junit.jupiter.api.Test;
import org.practica.courses.domain.media.MediaKind;
import org.practica.courses.domain.media.MediaListing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflinePackageTest {

    private static LessonView lesson(String key, String html, String note, List<AttachmentView> attachments) {
        return new LessonView(9, "Course", "Module", key, "en", "ltr", "Lesson " + key, html, null, note, 5,
                null, null, false, 0, null, attachments, 1, 2, List.of());
    }

    private static List<MediaListing> images(Collection<Long> ids, int bytes) {
        List<MediaListing> found = new ArrayList<>();
        ids.forEach(id -> found.add(new MediaListing(id, 9, MediaKind.IMAGE, "picture " + id + ".png", "image/png", bytes, 100, 100)));
        return found;
    }

    @Test
    void theCoursePageEachLessonAndTheFilesTheyShowAreSavedWithTheirSizeSaidFirst() {
        String text = "<p>Ça va</p><img src=\"/media/4/map.png\" alt=\"\"/><img src=\"/media/4/map.png\" alt=\"\"/>";
        List<LessonView> lessons = List.of(
                lesson("aaaaaaaaaaaa", text, null, List.of(new AttachmentView(5, "guide.pdf", "application/pdf", 30_000, 30, "/media/5/guide.pdf"))),
                lesson("bbbbbbbbbbbb", "<p>Second</p>", "Talks of loss", List.of()));
        OfflinePackage p = OfflinePackage.of(9, 2, lessons, ids -> images(ids, 1_000));

        assertEquals(List.of("/courses/course.xhtml?id=9", "/courses/lesson.xhtml?course=9&lesson=aaaaaaaaaaaa",
                "/courses/lesson.xhtml?course=9&lesson=bbbbbbbbbbbb", "/courses/lesson.xhtml?course=9&lesson=bbbbbbbbbbbb&ready=true"), p.pages(),
                "a lesson with a content note is saved with its note and after it");
        assertEquals(List.of(new OfflinePackage.SavedFile("/media/5/guide.pdf", 30_000), new OfflinePackage.SavedFile("/media/4/picture%204.png", 1_000)),
                p.files(), "each file once");
        long pages = 3L * OfflinePackage.PAGE_AROUND_TEXT + text.getBytes(StandardCharsets.UTF_8).length + "<p>Second</p>".length();
        assertEquals(pages, p.pageBytes());
        assertEquals(pages + 31_000, p.bytes());
        assertTrue(p.filesIncluded());
        assertEquals(2, p.version());
    }

    @Test
    void aCourseOverTheLimitIsSavedWithoutItsFiles() {
        List<LessonView> lessons = List.of(lesson("aaaaaaaaaaaa", "<img src=\"/media/4/x.png\">", null, List.of()));
        OfflinePackage p = OfflinePackage.of(9, 1, lessons, ids -> images(ids, (int) OfflinePackage.LIMIT_BYTES));
        assertFalse(p.filesIncluded());
        assertTrue(p.files().isEmpty());
        assertEquals(p.pageBytes(), p.bytes());
    }

    @Test
    void theDigestChangesWithTheText() {
        String a = OfflinePackage.of(9, 1, List.of(lesson("aaaaaaaaaaaa", "<p>One</p>", null, List.of())), ids -> List.of()).digest();
        String same = OfflinePackage.of(9, 1, List.of(lesson("aaaaaaaaaaaa", "<p>One</p>", null, List.of())), ids -> List.of()).digest();
        String changed = OfflinePackage.of(9, 1, List.of(lesson("aaaaaaaaaaaa", "<p>One.</p>", null, List.of())), ids -> List.of()).digest();
        assertEquals(a, same);
        assertNotEquals(a, changed);
    }
}
