package org.practica.courses.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/** One language version of a lesson. */
@Embeddable
public class LessonText {

    public static final int TITLE_MAX = 200;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "video_url", length = VideoLink.MAX_LENGTH)
    private String videoUrl;

    protected LessonText() {
    }

    LessonText(String title, LessonBody body, String videoUrl) {
        this.title = title;
        this.body = body.html();
        this.videoUrl = videoUrl;
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

    LessonText copy() {
        return new LessonText(title, LessonBody.stored(body), videoUrl);
    }
}
