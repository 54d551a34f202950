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
import org.practica.courses.domain.media.ImageWidths;
import org.practica.courses.domain.media.ImagePixels;
import org.practica.courses.domain.media.MediaKind;
import org.practica.courses.domain.media.MediaListing;
import org.practica.courses.domain.media.ResponsiveImages;
import org.practica.courses.domain.media.MediaRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @Inject
    ImagePixels pixels;

    /**
     * The sizes of these images, for lessons to show them with width, height and smaller copies.
     * An image stored before sizes were read on upload (V53) is read now, once, and keeps its size;
     * one that cannot be read has none.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, ResponsiveImages.Size> sizesOf(Collection<Long> ids) {
        Map<Long, ResponsiveImages.Size> sizes = new HashMap<>();
        for (MediaListing listed : media.listed(ids)) {
            if (listed.width() != null && listed.height() != null) {
                sizes.put(listed.id(), new ResponsiveImages.Size(listed.width(), listed.height()));
            } else if (listed.kind() == MediaKind.IMAGE) {
                media.find(listed.id()).ifPresent(asset -> pixels.size(asset.content()).ifPresent(size -> {
                    asset.measured(size[0], size[1]);
                    sizes.put(listed.id(), new ResponsiveImages.Size(size[0], size[1]));
                }));
            }
        }
        return sizes;
    }

    public MediaListing upload(Actor author, CourseId id, String fileName, InputStream content) {
        return store(author, id, fileName, readAtMost(content));
    }

    /**
     * Stores a file that came inside something else (a question from Moodle), under the same
     * checks as an upload. The same bytes under the same name in the course are the asset already
     * there, so importing a bank twice does not store its pictures twice.
     */
    public MediaListing store(Actor author, CourseId id, String fileName, byte[] bytes) {
        Course course = CourseAuthoring.authored(courses, author, id);
        MediaAsset asset = checked(course.id(), fileName, bytes, author.username());
        var same = media.same(id, asset.sha256(), asset.fileName());
        if (same.isPresent()) {
            return same.get().listing();
        }
        if (asset.kind() == MediaKind.IMAGE) {
            pixels.size(bytes).ifPresent(size -> asset.measured(size[0], size[1]));
        }
        media.add(asset);
        audit.record(author.username(), "media.uploaded", CourseAuthoring.subject(id),
                asset.kind() + " " + asset.contentType() + " " + asset.sizeBytes() + " bytes");
        return asset.listing();
    }

    /**
     * Refuses, as an upload would be refused, a file that may not become one of the course's
     * assets; otherwise says what type its bytes are.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String check(Actor author, CourseId id, String fileName, byte[] bytes) {
        return checked(CourseAuthoring.authored(courses, author, id).id(), fileName, bytes, author.username()).contentType();
    }

    /** An asset of this course, bytes included, for its authors (to export with questions). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<MediaAsset> inCourse(Actor author, CourseId id, long assetId) {
        CourseAuthoring.authored(courses, author, id);
        return media.find(assetId).filter(a -> a.courseId().equals(id));
    }

    private MediaAsset checked(CourseId course, String fileName, byte[] bytes, String by) {
        if (bytes.length >= READ_LIMIT) {
            throw new InvalidInput("file", "media.tooLarge", MediaKind.ATTACHMENT.maxBytes() / 1024);
        }
        String type = tika.detect(bytes, fileName);
        String claimed = fileName == null ? null : tika.detect(fileName);
        if (claimed != null && MediaKind.of(claimed).isPresent() && !claimed.equals(type)) {
            // a picture.png that is really a web page is refused rather than quietly kept as text
            throw new InvalidInput("file", "media.typeMismatch", claimed, type);
        }
        return new MediaAsset(course, fileName, type, bytes, by, clock.instant());
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

    /**
     * A smaller WebP copy of one of the course's images, for a reader who may see it: made the
     * first time it is asked for and kept. Empty when there is no such copy to make (not an image,
     * not one of {@link ImageWidths#SERVED}, not smaller than the image, or not decodable): the
     * original serves instead.
     */
    @Transactional
    public java.util.Optional<byte[]> smallerCopy(Actor reader, long assetId, int width) {
        MediaAsset asset = open(reader, assetId);
        if (asset.kind() != MediaKind.IMAGE || !ImageWidths.isServed(width) || asset.width() == null || width >= asset.width()) {
            return java.util.Optional.empty();
        }
        return media.variant(assetId, width).or(() -> pixels.webp(asset.content(), width).map(copy -> {
            media.keepVariant(assetId, width, copy);
            return copy;
        }));
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
