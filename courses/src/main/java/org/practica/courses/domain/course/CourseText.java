package org.practica.courses.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.practica.kernel.Text;

/** A course's title and summary in one language. */
@Embeddable
public class CourseText {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "summary", length = SUMMARY_MAX)
    private String summary;

    protected CourseText() {
    }

    CourseText(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    /** A title and summary that keep the rules: a title is required, both have a length limit. */
    public static CourseText of(String title, String summary) {
        return new CourseText(Text.required("title", title, TITLE_MAX), Text.optional("summary", summary, SUMMARY_MAX));
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }
}
