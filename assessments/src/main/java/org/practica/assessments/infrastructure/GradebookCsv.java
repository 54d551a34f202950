package org.practica.assessments.infrastructure;

import org.practica.assessments.application.Gradebook;
import org.practica.documents.SpreadsheetCsv;
import org.practica.documents.Wording;

import java.util.ArrayList;
import java.util.List;

/** The gradebook as CSV: a learner per row, then for each quiz its grade in percent and the attempts made. */
public final class GradebookCsv {

    private GradebookCsv() {
    }

    public static String of(Gradebook book, Wording words) {
        List<String> header = new ArrayList<>(List.of(words.of("report.column.learner"),
                words.of("report.column.displayName"), words.of("report.column.cohort")));
        for (Gradebook.Column q : book.quizzes()) {
            header.add(q.title() + " (%)");
            header.add(q.title() + " · " + words.of("gradebook.attempts"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Gradebook.Row r : book.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.learner(), r.displayName(), r.cohortName() == null ? "" : r.cohortName()));
            for (Gradebook.Cell c : r.grades()) {
                row.add(c.percent() == null ? "" : c.percent().stripTrailingZeros().toPlainString());
                row.add(c.attempts());
            }
            rows.add(row);
        }
        return SpreadsheetCsv.of(header, rows, words.zone());
    }

    public static String fileName(Gradebook book) {
        return "course-" + book.courseId() + (book.cohortId() == null ? "" : "-cohort-" + book.cohortId()) + "-gradebook.csv";
    }
}
