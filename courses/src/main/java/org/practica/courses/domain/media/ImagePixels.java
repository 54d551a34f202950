package org.practica.courses.domain.media;

import java.util.Optional;

/** What is read from an image's pixels: its size, and smaller WebP copies of it for phones. */
public interface ImagePixels {

    /** Width and height in pixels, empty when the bytes cannot be read as an image. */
    Optional<int[]> size(byte[] image);

    /** The image scaled to {@code width} pixels wide (height in proportion), as WebP; empty when it cannot be made. */
    Optional<byte[]> webp(byte[] image, int width);
}
