package org.practica.courses.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/**
 * One language version of a lesson, with the content note a learner meets before it when the
 * lesson may distress them (none for most lessons).
 */
@Embeddable
public class LessonText {

    public static final int TITLE_MAX = 200;
    public static final int NOTE_MAX = 300;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "video_url", length = VideoLink.MAX_LENGTH)
    private String videoUrl;

    @Column(name = "content_note", length = NOTE_MAX)
    private String contentNote;

    protected LessonText() {
    }

    LessonText(String title, LessonBody body, String videoUrl, String contentNote) {
        this.title = title;
        this.body = body.html();
        this.videoUrl = videoUrl;
        this.contentNote = contentNote;
    }

    public String title() {
        return title;
    }

    public LessonBody body() {
        return LessonBody.stored(body);
    }

    public String videoUrl() {
        return videoUrl;
    }

    /** What the lesson deals with that may distress a reader, said before it; null when nothing. */
    public String contentNote() {
        return contentNote;
    }

    LessonText copy() {
        return new LessonText(title, LessonBody.stored(body), videoUrl, contentNote);
    }
}
