package org.practica.courses.domain.course;

import org.practica.kernel.InvalidInput;
import org.practica.kernel.Text;

import java.net.URI;
import java.net.URISyntaxException;

/** An optional link to a video hosted elsewhere; only https, so a lesson never embeds a script URL. */
public final class VideoLink {

    public static final int MAX_LENGTH = 500;

    private VideoLink() {
    }

    /** The checked link, or null when none is given. */
    public static String checked(String field, String value) {
        String link = Text.optional(field, value, MAX_LENGTH);
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidInput(field, "lesson.video.https");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInput(field, "lesson.video.https");
        }
        return link;
    }
}
