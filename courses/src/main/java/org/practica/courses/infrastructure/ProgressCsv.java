package org.practica.courses.infrastructure;

import org.practica.courses.application.CourseReport;
import org.practica.courses.application.LearnerProgress;
import org.practica.documents.SpreadsheetCsv;
import org.practica.documents.Wording;

import java.util.Arrays;
import java.util.List;

/** A trainer's progress report as CSV (see {@link SpreadsheetCsv} for what makes it spreadsheet-safe). */
public final class ProgressCsv {

    private static final List<String> COLUMNS = List.of("learner", "displayName", "cohort", "status", "version", "lessonsDone",
            "lessonsTotal", "percent", "enrolledAt", "lastVisitAt", "completedAt");

    private ProgressCsv() {
    }

    public static String of(CourseReport report, Wording words) {
        List<String> header = COLUMNS.stream().map(c -> words.of("report.column." + c)).toList();
        List<List<Object>> rows = report.learners().stream().map((LearnerProgress row) -> Arrays.<Object>asList(
                row.learner(), row.displayName(), row.cohortName(), words.of("enrolment.status." + row.status()),
                row.version(), row.lessonsDone(), row.lessonsTotal(), row.percent(), row.enrolledAt(), row.lastVisitAt(),
                row.completedAt())).toList();
        return SpreadsheetCsv.of(header, rows, words.zone());
    }

    public static String fileName(CourseReport report) {
        return "course-" + report.courseId() + (report.cohortId() == null ? "" : "-cohort-" + report.cohortId())
                + "-progress.csv";
    }
}
