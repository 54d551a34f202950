package org.practica.courses.domain.course;

import org.practica.kernel.InvalidInput;

/**
 * The rich text of a lesson, always sanitised: whatever an author pastes, what is stored and
 * shown to learners has no scripts, no event handlers, no style that can hide content and no
 * link that runs code. Images may come only from this installation's media or over https.
 */
public final class LessonBody {

    public static final int MAX_CHARS = 200_000;

    private final String html;

    private LessonBody(String html) {
        this.html = html;
    }

    public static LessonBody sanitise(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        if (raw.length() > MAX_CHARS) {
            throw new InvalidInput(field, "validation.tooLong", MAX_CHARS);
        }
        String clean = RichText.clean(raw);
        if (clean.isEmpty()) {
            throw new InvalidInput(field, "lesson.body.nothingLeft");
        }
        return new LessonBody(clean);
    }

    /** For text read back from the database, which was sanitised when it was stored. */
    static LessonBody stored(String html) {
        return new LessonBody(html);
    }

    public String html() {
        return html;
    }
}
