package org.practica.courses.application;

import org.practica.courses.domain.media.MediaListing;

/** A download offered with a lesson, with the address to fetch it from. */
public record AttachmentView(long id, String fileName, String contentType, int sizeBytes, int sizeKb, String url) {

    static AttachmentView of(MediaListing listing) {
        return new AttachmentView(listing.id(), listing.fileName(), listing.contentType(), listing.sizeBytes(),
                listing.sizeKb(), listing.path());
    }
}
