package org.practica.server.api.courses;

import org.practica.courses.domain.media.MediaListing;

/** An uploaded file as the API reports it, with the address lessons link to. */
public record UploadedMedia(long id, String kind, String fileName, String contentType, int sizeBytes, String url) {

    UploadedMedia(MediaListing listing) {
        this(listing.id(), listing.kind().name(), listing.fileName(), listing.contentType(), listing.sizeBytes(),
                listing.path());
    }
}
