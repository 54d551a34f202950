package org.practica.server.courses;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.practica.courses.application.CourseReport;
import org.practica.courses.application.LearnerProgress;
import org.practica.server.platform.Messages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;

/**
 * A trainer's progress report as CSV. A byte-order mark comes first so that spreadsheet programs
 * read Cyrillic names as UTF-8; cells that start like a formula are quoted with a leading
 * apostrophe so a name such as {@code =HYPERLINK(...)} stays text.
 */
public final class ProgressCsv {

    private static final String[] COLUMNS = {"learner", "displayName", "cohort", "status", "version", "lessonsDone",
            "lessonsTotal", "percent", "enrolledAt", "lastVisitAt", "completedAt"};

    private ProgressCsv() {
    }

    public static String of(CourseReport report, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = Messages.get(locale, "report.column." + COLUMNS[i]);
        }
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
            for (LearnerProgress row : report.learners()) {
                csv.printRecord(text(row.learner()), text(row.displayName()), text(row.cohortName()),
                        Messages.get(locale, "enrolment.status." + row.status()), row.version(), row.lessonsDone(),
                        row.lessonsTotal(), row.percent(), time(row.enrolledAt()), time(row.lastVisitAt()),
                        time(row.completedAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String fileName(CourseReport report) {
        return "course-" + report.courseId() + (report.cohortId() == null ? "" : "-cohort-" + report.cohortId())
                + "-progress.csv";
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
