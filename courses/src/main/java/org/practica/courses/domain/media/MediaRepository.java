package org.practica.courses.domain.media;

import org.practica.courses.domain.course.CourseId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MediaRepository {

    Optional<MediaAsset> find(long id);

    void add(MediaAsset asset);

    /** An asset of the course with exactly these bytes (by their SHA-256) and this name. */
    Optional<MediaAsset> same(CourseId course, String sha256, String fileName);

    /** The assets of a course, newest first, without reading their bytes. */
    List<MediaListing> of(CourseId course);

    List<MediaListing> listed(Collection<Long> ids);

    /** A smaller WebP copy of an image made before, by its width. */
    Optional<byte[]> variant(long assetId, int width);

    /** Keeps a copy once made; two servers making it at once keep one. */
    void keepVariant(long assetId, int width, byte[] webp);
}
