package org.practica.documents;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV for spreadsheet programs. A byte-order mark comes first so that they read Cyrillic names as
 * UTF-8; text cells that start like a formula get a leading apostrophe so that a name such as
 * {@code =HYPERLINK(...)} stays text; times are written "2026-12-03 14:30" in the reader's zone,
 * a form spreadsheets read as a date, and the zone is named in the column's heading.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static String of(List<String> header, List<List<Object>> rows, ZoneId zone) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        List<String> named = new ArrayList<>(header);
        for (int i = 0; i < named.size(); i++) {
            int column = i;
            if (rows.stream().anyMatch(r -> column < r.size() && r.get(column) instanceof Instant)) {
                named.set(i, named.get(i) + " (" + zone.getId() + ")");
            }
        }
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(named.toArray(String[]::new)).get().print(out)) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> cell(v, zone)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object cell(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return MINUTE.format(instant.atZone(zone));
        }
        if (value instanceof String text) {
            return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }
        return value;
    }
}
