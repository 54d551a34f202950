package org.practica.identity.domain.export;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataExportTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void progressGoesPartByPartAndTheArchiveIsKeptSevenDays() {
        DataExport export = new DataExport(42, 4, T0);
        assertTrue(export.underway());
        assertTrue(export.start());
        assertFalse(export.start(), "one worker builds it");
        export.partDone();
        assertEquals(25, export.percent());
        export.partDone();
        export.partDone();
        export.partDone();
        export.partDone();
        assertEquals(100, export.percent(), "never past the whole");
        Instant done = T0.plusSeconds(5);
        export.finish(1234, done);
        assertFalse(export.underway());
        assertTrue(export.downloadable(done.plus(Duration.ofDays(7)).minusMillis(1)));
        assertFalse(export.downloadable(done.plus(Duration.ofDays(7))));
        assertFalse(export.expire(done.plus(Duration.ofDays(6))), "not yet");
        assertTrue(export.expire(done.plus(Duration.ofDays(7))));
        assertEquals(ExportStatus.EXPIRED, export.status());
        assertFalse(export.downloadable(done.plus(Duration.ofDays(1))), "an expired archive is gone whatever the clock says");
    }

    @Test
    void aFailedExportIsNeitherUnderwayNorDownloadable() {
        DataExport export = new DataExport(42, 3, T0);
        export.start();
        export.fail(T0.plusSeconds(1));
        assertFalse(export.underway());
        assertFalse(export.downloadable(T0.plusSeconds(2)));
        assertFalse(export.expire(T0.plus(Duration.ofDays(30))));
    }
}
