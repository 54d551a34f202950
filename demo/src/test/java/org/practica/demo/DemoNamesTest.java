package org.practica.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.practica.kernel.ContentLanguage;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Whatever the demo names (its courses' themes, competencies, bodies and their programmes) it names in
 * every interface language, so no reader of the demo meets a fallback.
 */
class DemoNamesTest {

    private static final Set<String> INTERFACE = Set.of("en", "ru", "kk", "uz", "ky", "tg", "sq", "ar");

    @Test
    void everyThemeOfTheDemoCoursesIsNamedInEveryInterfaceLanguage() throws Exception {
        JsonObject names = read("/demo/themes.json");
        Set<String> used = new TreeSet<>();
        for (String file : DemoCourses.FILES) {
            read("/demo/courses/" + file).getJsonArray("themes").getValuesAs(JsonString::getString).forEach(used::add);
        }
        assertEquals(used, names.keySet(), "themes named are the themes used");
        names.forEach((theme, versions) -> {
            JsonObject v = versions.asJsonObject();
            assertEquals(INTERFACE, v.keySet(), theme);
            v.keySet().forEach(code -> ContentLanguage.of("language", code));
            v.values().forEach(text -> assertFalse(((JsonString) text).getString().isBlank(), theme));
        });
    }

    @Test
    void everyCompetencyBodyAndProgrammeOfTheDemoIsNamedInEveryInterfaceLanguage() {
        DemoMentoring.frameworks().forEach(c -> assertNamedInEveryLanguage(c.code(), c.names()));
        assertEquals(4, DemoCertificates.demos().size());
        DemoCertificates.demos().forEach(d -> {
            assertNamedInEveryLanguage(d.code(), d.names());
            assertNamedInEveryLanguage(d.code() + " title", d.titles());
            assertNamedInEveryLanguage(d.code() + " wording", d.wordings());
        });
    }

    private static void assertNamedInEveryLanguage(String what, java.util.Map<String, String> names) {
        assertEquals(INTERFACE, names.keySet(), what);
        names.values().forEach(text -> assertFalse(text.isBlank(), what));
    }

    static JsonObject read(String resource) throws Exception {
        try (InputStream in = DemoCourses.class.getResourceAsStream(resource); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
