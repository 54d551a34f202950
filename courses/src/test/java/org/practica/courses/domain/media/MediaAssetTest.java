package org.practica.courses.domain.media;

import org.junit.jupiter.api.Test;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.InvalidInput;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MediaAssetTest {

    private static final CourseId COURSE = new CourseId(7);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static MediaAsset asset(String name, String type, int size) {
        return new MediaAsset(COURSE, name, type, new byte[size], "trainer", NOW);
    }

    @Test
    void anImageUpToOneMegabyteIsAccepted() {
        MediaAsset image = asset("map.png", "image/png", MediaKind.IMAGE.maxBytes());
        assertEquals(MediaKind.IMAGE, image.kind());
        assertEquals(1024 * 1024, image.sizeBytes());
    }

    @Test
    void oneByteOverTheLimitIsRefusedNamingTheLimit() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> asset("map.png", "image/png", MediaKind.IMAGE.maxBytes() + 1));
        assertEquals("file", e.field());
        assertEquals("media.tooLarge", e.messageKey());
        assertEquals(1024, e.arguments()[0]);
        // attachments have their own, larger limit
        assertEquals(MediaKind.ATTACHMENT, asset("guide.pdf", "application/pdf", 5 * 1024 * 1024).kind());
        assertThrows(InvalidInput.class, () -> asset("guide.pdf", "application/pdf", MediaKind.ATTACHMENT.maxBytes() + 1));
    }

    @Test
    void typesThatCouldRunOrAreUnknownAreRefused() {
        for (String type : new String[]{"text/html", "image/svg+xml", "application/javascript",
                "application/x-msdownload", "application/octet-stream"}) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> asset("file", type, 10), type);
            assertEquals("media.type", e.messageKey());
        }
        assertThrows(InvalidInput.class, () -> asset("empty.png", "image/png", 0));
    }

    @Test
    void namesAreMadeSafeForAddressesAndDownloads() {
        assertEquals("Family-map.png", MediaAsset.safeName("Family map.png", "image/png"));
        assertEquals("passwd", MediaAsset.safeName("../../etc/passwd", "text/plain"));
        assertEquals("план-урока.pdf", MediaAsset.safeName("C:\\Users\\a\\план урока.pdf", "application/pdf"));
        assertEquals("file.pdf", MediaAsset.safeName("\"\";", "application/pdf"));
    }

    @Test
    void theAddressEncodesTheName() {
        assertEquals("/media/12/%D0%BF%D0%BB%D0%B0%D0%BD.pdf", MediaAsset.path(12, "план.pdf"));
    }
}
