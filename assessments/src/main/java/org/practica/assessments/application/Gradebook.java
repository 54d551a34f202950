package org.practica.assessments.application;

import java.math.BigDecimal;
import java.util.List;

/** Quiz grades of a course's learners (all, or one cohort's), one row per learner. */
public record Gradebook(long courseId, Long cohortId, List<Column> quizzes, List<Row> rows) {

    public record Column(long quizId, String title, boolean required) {
    }

    /** One learner's grade per quiz, in the order of the columns; null where nothing is graded yet. */
    public record Row(String learner, String displayName, String cohortName, List<Cell> grades) {
    }

    public record Cell(BigDecimal percent, Boolean passed, int attempts) {
    }
}
