package org.practica.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a course monitoring counted is called, as its latest enrolment told; a dashboard's course filter lists these. */
@Entity
@Table(name = "counted_course")
public class CountedCourse {

    @Id
    @Column(name = "course_id")
    private long courseId;

    @Column(nullable = false, length = 200)
    private String title;

    protected CountedCourse() {
    }

    public CountedCourse(long courseId, String title) {
        this.courseId = courseId;
        retitle(title);
    }

    public void retitle(String title) {
        this.title = title == null || title.isBlank() ? "#" + courseId : title.length() > 200 ? title.substring(0, 200) : title;
    }

    public long courseId() {
        return courseId;
    }

    public String title() {
        return title;
    }
}
