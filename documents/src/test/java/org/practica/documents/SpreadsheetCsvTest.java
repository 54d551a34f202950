package org.practica.documents;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetCsvTest {

    @Test
    void timesAreTheReadersAndTheirColumnNamesTheZone() {
        String csv = SpreadsheetCsv.of(List.of("Name", "Started"),
                List.of(List.of("=cmd", Instant.parse("2026-12-03T10:00:00Z"))), ZoneId.of("Asia/Almaty"));
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals("Name,Started (Asia/Almaty)", lines.get(0));
        assertEquals("'=cmd,2026-12-03 15:00", lines.get(1), "a formula stays text; 10:00 UTC is 15:00 in Almaty");
    }
}
