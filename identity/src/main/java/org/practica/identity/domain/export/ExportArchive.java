package org.practica.identity.domain.export;

import org.practica.kernel.PersonalData;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** Writes a person's parts into one archive: machine-readable JSON, a readable summary, and the documents as issued. */
public interface ExportArchive {

    /** Whose data it is, as the summary names them. */
    record Owner(String username, String displayName, Locale locale, ZoneId zone) {
    }

    byte[] write(Owner owner, Map<String, PersonalData.Records> parts, Instant preparedAt);
}
