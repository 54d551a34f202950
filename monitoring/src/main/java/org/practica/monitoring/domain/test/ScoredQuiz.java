package org.practica.monitoring.domain.test;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a report calls a quiz monitoring counted scores of: its course's title and its own, as the
 * latest graded attempt told them (monitoring reads no course), and the pair it belongs to.
 */
@Entity
@Table(name = "scored_quiz")
public class ScoredQuiz {

    @Id
    @Column(name = "quiz_id")
    private long quizId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    @Column(name = "quiz_title", nullable = false, length = 200)
    private String quizTitle;

    protected ScoredQuiz() {
    }

    public ScoredQuiz(long quizId, long courseId, String courseTitle, String quizTitle) {
        this.quizId = quizId;
        this.courseId = courseId;
        retitle(courseTitle, quizTitle);
    }

    public void retitle(String courseTitle, String quizTitle) {
        this.courseTitle = cut(courseTitle);
        this.quizTitle = cut(quizTitle);
    }

    private static String cut(String title) {
        return title == null ? "" : title.length() > 200 ? title.substring(0, 200) : title;
    }

    public long quizId() {
        return quizId;
    }

    public long courseId() {
        return courseId;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public String quizTitle() {
        return quizTitle;
    }
}
