package org.practica.courses.domain.media;

import java.util.List;

/**
 * The widths images are served in besides their own, as WebP: enough for a phone (320, 640 on a
 * sharper screen) and a lesson column on a wide screen (960). Only these are made, so nobody can
 * have the server resize an image to every width there is.
 */
public final class ImageWidths {

    public static final List<Integer> SERVED = List.of(320, 640, 960);

    /** The lesson column is at most this wide; a phone's screen is narrower. */
    public static final int COLUMN = 720;

    private ImageWidths() {
    }

    public static boolean isServed(int width) {
        return SERVED.contains(width);
    }

    /** The served widths smaller than an image's own: a variant is never larger than its original. */
    public static List<Integer> below(int ownWidth) {
        return SERVED.stream().filter(w -> w < ownWidth).toList();
    }
}
