package org.practica.monitoring.domain.profile;

import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The regions a person may say they work in: the ISO 3166-2 subdivisions of the countries listed in
 * {@code regions.tsv}, named in English, Russian and the country's own language. A code outside
 * the list is refused, so counts by region never split on a typing slip.
 */
public final class Regions {

    private static final Map<String, Region> KNOWN = read();

    private Regions() {
    }

    /** The region of a typed code; blank is none; an unknown code is refused at the field. */
    public static Region of(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return find(typed).orElseThrow(() -> new InvalidInput(field, "profile.region.unknown"));
    }

    public static Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(KNOWN.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** Every known region, country by country, in the file's order. */
    public static Collection<Region> all() {
        return KNOWN.values();
    }

    /** The countries the list covers, in the file's order. */
    public static List<String> countries() {
        return KNOWN.values().stream().map(Region::country).distinct().toList();
    }

    private static Map<String, Region> read() {
        Map<String, Region> regions = new LinkedHashMap<>();
        try (var in = Regions.class.getResourceAsStream("regions.tsv");
             var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                String[] cells = line.split("\t");
                Map<String, String> names = new LinkedHashMap<>();
                names.put("en", cells[1]);
                names.put("ru", cells[2]);
                for (int i = 3; i < cells.length; i++) {
                    String[] own = cells[i].split("=", 2);
                    names.put(own[0], own[1]);
                }
                regions.put(cells[0], new Region(cells[0], MultilingualText.written(names)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(regions);
    }
}
