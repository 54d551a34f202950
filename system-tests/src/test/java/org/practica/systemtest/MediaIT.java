package org.practica.systemtest;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploading images and downloads for lessons: type and size limits, who may read them, caching. */
class MediaIT {

    private static final String PASSWORD = "long enough password";
    private final String trainer = Api.token("trainer", Api.DEMO_PASSWORD);

    /** The eight bytes every PNG starts with, then filler: enough for type detection. */
    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        Arrays.fill(bytes, signature.length, size, (byte) 7);
        return bytes;
    }

    private int mediaCount(long course) {
        return Api.get("/api/v1/courses/" + course + "/media", trainer).array().size();
    }

    @Test
    void anImageIsStoredWithItsDetectedTypeAndServedForCaching() {
        long course = CourseFixtures.newCourse(trainer, Api.unique("Pictures"));
        Api.Reply uploaded = Api.upload("/api/v1/courses/" + course + "/media?name=Family%20map.png", trainer, png(2048));
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals("image/png", uploaded.json().getString("contentType"));
        assertEquals("IMAGE", uploaded.json().getString("kind"));
        String url = uploaded.json().getString("url");
        assertTrue(url.matches("/media/\\d+/Family-map\\.png"), url);

        Api.Reply served = Api.get(url, trainer);
        assertEquals(200, served.status());
        assertEquals("image/png", served.contentType());
        assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));

        // a draft's files are for its authors: a learner is told the file does not exist
        String learner = Api.token(Api.newLearner("viewer", PASSWORD), PASSWORD);
        assertEquals(404, Api.get(url, learner).status());
        // once published, readers of the course may load its pictures
        String module = CourseFixtures.addModule(trainer, course, "Module");
        CourseFixtures.addLesson(trainer, course, module, "Lesson", "<p><img src=\"" + url + "\" alt=\"map\"></p>");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/publish", trainer, "").status());
        assertEquals(200, Api.get(url, learner).status());
        // a wrong name in the address is not a way to guess other files
        assertEquals(404, Api.get(url.replace("Family-map", "other"), learner).status());
    }

    @Test
    void wrongTypesAndOversizedFilesAreRefusedAndNothingIsKept() {
        long course = CourseFixtures.newCourse(trainer, Api.unique("Careful uploads"));
        String base = "/api/v1/courses/" + course + "/media?name=";

        Api.Reply disguised = Api.upload(base + "photo.png", trainer,
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, disguised.status());
        assertEquals("application/problem+json", disguised.contentType());
        assertEquals("file", disguised.json().getString("field"));

        Api.Reply executable = Api.upload(base + "tool.exe", trainer, new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertEquals(400, executable.status());
        assertEquals("file", executable.json().getString("field"));

        Api.Reply tooBig = Api.upload(base + "poster.png", trainer, png(1024 * 1024 + 1));
        assertEquals(400, tooBig.status());
        assertTrue(tooBig.json().getString("detail").contains("1024 KB"), tooBig.body());

        ByteArrayOutputStream hugePdf = new ByteArrayOutputStream();
        hugePdf.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        hugePdf.writeBytes(new byte[11 * 1024 * 1024]);
        Api.Reply tooBigPdf = Api.upload(base + "handbook.pdf", trainer, hugePdf.toByteArray());
        // over what any upload may be: refused before the body is read
        assertEquals(413, tooBigPdf.status());
        assertTrue(tooBigPdf.contentType().startsWith("application/problem+json"), tooBigPdf.contentType());

        assertEquals(0, mediaCount(course), "nothing half-stored");

        String learner = Api.token(Api.newLearner("uploader", PASSWORD), PASSWORD);
        assertEquals(403, Api.upload(base + "ok.png", learner, png(100)).status());
        assertEquals(0, mediaCount(course));
    }

    @Test
    void aDownloadIsAttachedToALessonAndListedForItsReaders() {
        long course = CourseFixtures.newCourse(trainer, Api.unique("Handouts"));
        String module = CourseFixtures.addModule(trainer, course, "Module");
        String lesson = CourseFixtures.addLesson(trainer, course, module, "Lesson", "<p>See the handout.</p>");
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long asset = Api.upload("/api/v1/courses/" + course + "/media?name=checklist.pdf", trainer, pdf)
                .json().getJsonNumber("id").longValue();
        String attach = "/api/v1/courses/" + course + "/lessons/" + lesson + "/attachments";
        assertEquals(204, Api.post(attach, trainer, Json.createObjectBuilder().add("assetId", asset).build().toString()).status());

        long other = CourseFixtures.newCourse(trainer, Api.unique("Other"));
        long foreign = Api.upload("/api/v1/courses/" + other + "/media?name=x.pdf", trainer, pdf).json().getJsonNumber("id").longValue();
        Api.Reply refused = Api.post(attach, trainer, Json.createObjectBuilder().add("assetId", foreign).build().toString());
        assertEquals(400, refused.status());
        assertEquals("assetId", refused.json().getString("field"));

        var attachments = Api.get("/api/v1/courses/" + course + "/lessons/" + lesson, trainer).json().getJsonArray("attachments");
        assertEquals(1, attachments.size());
        assertEquals("checklist.pdf", attachments.getJsonObject(0).getString("fileName"));
        Api.Reply download = Api.get(attachments.getJsonObject(0).getString("url"), trainer);
        assertEquals(200, download.status());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    }
}
