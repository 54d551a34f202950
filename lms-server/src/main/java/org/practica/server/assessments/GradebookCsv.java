package org.practica.server.assessments;

import org.practica.assessments.application.Gradebook;
import org.practica.server.platform.Messages;
import org.practica.server.platform.SpreadsheetCsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The gradebook as CSV: a learner per row, then for each quiz its grade in percent and the attempts made. */
public final class GradebookCsv {

    private GradebookCsv() {
    }

    public static String of(Gradebook book, Locale locale) {
        List<String> header = new ArrayList<>(List.of(Messages.get(locale, "report.column.learner"),
                Messages.get(locale, "report.column.displayName"), Messages.get(locale, "report.column.cohort")));
        for (Gradebook.Column q : book.quizzes()) {
            header.add(q.title() + " (%)");
            header.add(q.title() + " · " + Messages.get(locale, "gradebook.attempts"));
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
        return SpreadsheetCsv.of(header, rows);
    }

    public static String fileName(Gradebook book) {
        return "course-" + book.courseId() + (book.cohortId() == null ? "" : "-cohort-" + book.cohortId()) + "-gradebook.csv";
    }
}
