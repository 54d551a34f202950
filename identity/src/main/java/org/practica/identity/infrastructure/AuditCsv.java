package org.practica.identity.infrastructure;

import org.practica.documents.SpreadsheetCsv;
import org.practica.documents.Wording;
import org.practica.identity.audit.AuditEntry;

import java.util.Arrays;
import java.util.List;

/** Lines of the audit trail as CSV, for an auditor's spreadsheet (see {@link SpreadsheetCsv}). */
public final class AuditCsv {

    private static final List<String> COLUMNS = List.of("seq", "at", "actor", "action", "subject", "detail");

    private AuditCsv() {
    }

    public static String of(List<AuditEntry> lines, Wording words) {
        List<String> header = COLUMNS.stream().map(c -> words.of("audit.column." + c)).toList();
        List<List<Object>> rows = lines.stream().map(l -> Arrays.<Object>asList(
                l.seq(), l.at(), l.actor(), l.action(), l.subject(), l.detail())).toList();
        return SpreadsheetCsv.of(header, rows, words.zone());
    }
}
