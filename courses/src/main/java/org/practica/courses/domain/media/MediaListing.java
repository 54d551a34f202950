package org.practica.courses.domain.media;

/** An asset as lists show it, without its bytes. */
public record MediaListing(long id, long courseId, MediaKind kind, String fileName, String contentType, int sizeBytes,
                           Integer width, Integer height) {

    /** Size in whole kilobytes, rounded up, as lists show it. */
    public int sizeKb() {
        return (sizeBytes + 1023) / 1024;
    }

    public String path() {
        return MediaAsset.path(id, fileName);
    }
}
