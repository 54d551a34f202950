package org.practica.documents;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * CSV for spreadsheet programs. A byte-order mark comes first so that they read Cyrillic names as
 * UTF-8; text cells that start like a formula get a leading apostrophe so that a name such as
 * {@code =HYPERLINK(...)} stays text; times are ISO-8601 in UTC.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    public static String of(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof String text) {
            return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }
        return value;
    }
}
