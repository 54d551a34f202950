package org.practica.identity.domain;

import org.practica.kernel.InvalidInput;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The time zones a person may choose: the IANA zones named after a place (Asia/Almaty,
 * Europe/Berlin) and UTC. Aliases and fixed offsets (Etc/GMT+5, SystemV) are left out, since
 * they do not follow a place's summer time and would read as a mistake in a list.
 */
public final class TimeZoneChoice {

    private static final Pattern PLACE = Pattern.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_\\-/]+");
    private static final List<String> OFFERED = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || PLACE.matcher(id).matches()).sorted().toList();

    private TimeZoneChoice() {
    }

    public static List<String> offered() {
        return OFFERED;
    }

    public static boolean isOffered(String id) {
        return id != null && OFFERED.contains(id);
    }

    /** The zone named, or a refusal for the field. */
    public static ZoneId of(String field, String id) {
        if (!isOffered(id)) {
            throw new InvalidInput(field, "account.timeZone.unknown", id == null ? "" : id);
        }
        return ZoneId.of(id);
    }
}
