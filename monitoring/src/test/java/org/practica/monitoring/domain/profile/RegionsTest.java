package org.practica.monitoring.domain.profile;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsTest {

    /** The subdivisions ISO 3166-2 lists for each country (first-level regions and cities of that rank). */
    private static final Map<String, Integer> PER_COUNTRY = Map.of("KZ", 20, "KG", 9, "UZ", 14, "TJ", 5, "AL", 12);

    /** The language each country's names must also be written in. */
    private static final Map<String, String> OWN_LANGUAGE = Map.of("KZ", "kk", "KG", "ky", "UZ", "uz", "TJ", "tg", "AL", "sq");

    @Test
    void listsEverySubdivisionOfTheFiveCountriesOnce() {
        assertEquals(List.of("KZ", "KG", "UZ", "TJ", "AL"), Regions.countries());
        Map<String, Long> counted = Regions.all().stream().collect(Collectors.groupingBy(Region::country, Collectors.counting()));
        PER_COUNTRY.forEach((country, n) -> assertEquals(n.longValue(), counted.get(country), country));
        assertEquals(Regions.all().size(), Regions.all().stream().map(Region::code).distinct().count());
        assertTrue(Regions.all().stream().allMatch(r -> r.code().matches("[A-Z]{2}-[A-Z0-9]{1,3}")));
    }

    @Test
    void namesEachRegionInEnglishRussianAndItsCountrysLanguage() {
        for (Region r : Regions.all()) {
            assertNotNull(r.names().exactly("en"), r.code());
            assertNotNull(r.names().exactly("ru"), r.code());
            assertNotNull(r.names().exactly(OWN_LANGUAGE.get(r.country())), r.code());
        }
        assertEquals("Алматы", Regions.find("kz-75").orElseThrow().names().in("kk"));
        assertEquals("Tirana County", Regions.find("AL-11").orElseThrow().names().in("ar"));
    }
}
