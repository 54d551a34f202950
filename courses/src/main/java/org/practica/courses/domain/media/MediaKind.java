package org.practica.courses.domain.media;

import java.util.Set;

/**
 * What an uploaded file is for, and so which types and sizes are accepted. Images are shown
 * inside lessons on slow phone connections, so their limit is small; attachments are handouts a
 * learner chooses to download.
 */
public enum MediaKind {

    IMAGE(1024 * 1024, Set.of("image/png", "image/jpeg", "image/gif", "image/webp")),

    ATTACHMENT(10 * 1024 * 1024, Set.of("application/pdf", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "audio/mpeg"));

    private final int maxBytes;
    private final Set<String> types;

    MediaKind(int maxBytes, Set<String> types) {
        this.maxBytes = maxBytes;
        this.types = types;
    }

    public int maxBytes() {
        return maxBytes;
    }

    public boolean accepts(String contentType) {
        return types.contains(contentType);
    }

    /** The kind a detected type belongs to, images first. */
    public static java.util.Optional<MediaKind> of(String contentType) {
        for (MediaKind kind : values()) {
            if (kind.accepts(contentType)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
