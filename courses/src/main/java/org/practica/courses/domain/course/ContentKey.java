package org.practica.courses.domain.course;

import org.practica.kernel.NotFound;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names a module or lesson the same way in every version of its course, so that a learner's
 * progress and a link to a lesson survive the course being revised and published again.
 */
public record ContentKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{12}");

    public ContentKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new NotFound("course.content.notFound");
        }
    }

    public static ContentKey random() {
        return new ContentKey(UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    @Override
    public String toString() {
        return value;
    }
}
