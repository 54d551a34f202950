package org.practica.mentoring.infrastructure;

import org.practica.documents.SpreadsheetCsv;
import org.practica.documents.Wording;
import org.practica.mentoring.application.SessionView;

import java.util.List;

/**
 * A mentee's log book as CSV: one session per row with its time, length, modality, competencies,
 * case references and who confirmed and signed it off. Reflections and notes never leave the
 * system in a file, so a log book can be handed to a professional body as it is.
 */
public final class LogBookCsv {

    private static final List<String> COLUMNS = List.of("logbook.startsAt", "logbook.minutes", "logbook.modality",
            "logbook.competencies", "logbook.cases", "logbook.status", "logbook.loggedBy", "logbook.confirmedBy",
            "logbook.signedOffBy", "logbook.signedOffAt", "logbook.amendments");

    private LogBookCsv() {
    }

    public static String of(List<SessionView> sessions, Wording words) {
        List<String> header = COLUMNS.stream().map(k -> words.of(k)).toList();
        List<List<Object>> rows = sessions.stream().map(s -> List.<Object>of(s.startsAt(), s.minutes(),
                words.of("session.modality." + s.modality()), String.join(" ", s.competencies()),
                String.join(" ", s.caseReferences()), words.of("session.status." + s.status()), s.loggedBy(),
                s.confirmedBy() == null ? "" : s.confirmedBy(), s.signedOffBy() == null ? "" : s.signedOffBy(),
                s.signedOffAt() == null ? "" : s.signedOffAt(), s.amendments().size())).toList();
        return SpreadsheetCsv.of(header, rows, words.zone());
    }

    public static String fileName(long relationshipId) {
        return "mentoring-" + relationshipId + "-log-book.csv";
    }
}
