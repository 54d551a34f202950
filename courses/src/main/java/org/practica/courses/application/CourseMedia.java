package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.tika.Tika;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.media.MediaAsset;
import org.practica.courses.domain.media.MediaKind;
import org.practica.courses.domain.media.MediaListing;
import org.practica.courses.domain.media.MediaRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/** Images and attachments of a course: upload under limits, attach to lessons, hand out to readers. */
@ApplicationScoped
@Transactional
public class CourseMedia {

    /** Nothing accepted is larger; one byte more tells an oversized upload from one exactly at the limit. */
    static final int READ_LIMIT = MediaKind.ATTACHMENT.maxBytes() + 1;

    private final Tika tika = new Tika();
    @Inject
    Clock clock;

    @Inject
    CourseRepository courses;

    @Inject
    MediaRepository media;

    @Inject
    AuditLog audit;

    public MediaListing upload(Actor author, CourseId id, String fileName, InputStream content) {
        Course course = CourseAuthoring.authored(courses, author, id);
        byte[] bytes = readAtMost(content);
        if (bytes.length >= READ_LIMIT) {
            throw new InvalidInput("file", "media.tooLarge", MediaKind.ATTACHMENT.maxBytes() / 1024);
        }
        String type = tika.detect(bytes, fileName);
        String claimed = fileName == null ? null : tika.detect(fileName);
        if (claimed != null && MediaKind.of(claimed).isPresent() && !claimed.equals(type)) {
            // a picture.png that is really a web page is refused rather than quietly kept as text
            throw new InvalidInput("file", "media.typeMismatch", claimed, type);
        }
        MediaAsset asset = new MediaAsset(course.id(), fileName, type, bytes, author.username(), clock.instant());
        media.add(asset);
        audit.record(author.username(), "media.uploaded", CourseAuthoring.subject(id),
                asset.kind() + " " + asset.contentType() + " " + asset.sizeBytes() + " bytes");
        return asset.listing();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaListing> of(Actor author, CourseId id) {
        CourseAuthoring.authored(courses, author, id);
        return media.of(id);
    }

    public void attach(Actor author, CourseId id, String lessonKey, long assetId) {
        Course course = CourseAuthoring.authored(courses, author, id);
        MediaAsset asset = media.find(assetId).filter(a -> a.courseId().equals(id))
                .orElseThrow(() -> new InvalidInput("assetId", "media.notInCourse"));
        course.attach(author, new ContentKey(lessonKey), asset.id());
    }

    public void detach(Actor author, CourseId id, String lessonKey, long assetId) {
        CourseAuthoring.authored(courses, author, id).detach(author, new ContentKey(lessonKey), assetId);
    }

    /** A file for a reader who may see its course (anyone signed in for a published course, authors for drafts). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaAsset open(Actor reader, long assetId) {
        MediaAsset asset = media.find(assetId).orElseThrow(() -> new NotFound("media.notFound"));
        Catalogue.visible(courses, reader, asset.courseId());
        return asset;
    }

    private static byte[] readAtMost(InputStream content) {
        if (content == null) {
            throw new InvalidInput("file", "media.empty");
        }
        try (content) {
            return content.readNBytes(READ_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
