package org.practica.kernel;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultilingualTextTest {

    @Test
    void aReaderGetsTheirLanguageElseEnglishElseTheFirstVersion() {
        MultilingualText names = MultilingualText.of("names", Map.of("en", "Risk assessment", "kk", " Тәуекелді бағалау "), 100);
        assertEquals("Тәуекелді бағалау", names.in("kk"));
        assertEquals("Risk assessment", names.in("ar"));
        assertEquals("en", names.languageFor("ru"));
        MultilingualText noEnglish = MultilingualText.of("names", Map.of("uz", "Xavfni baholash", "ru", "Оценка риска"), 100);
        assertEquals("Оценка риска", noEnglish.in("de"));
        assertNull(noEnglish.exactly("en"));
    }

    @Test
    void blankVersionsAreDroppedAndAnEmptyTextIsRefused() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("en", "Journalists");
        typed.put("ru", "  ");
        typed.put("sq", null);
        assertEquals(Map.of("en", "Journalists"), MultilingualText.of("names", typed, 100).versions());
        InvalidInput none = assertThrows(InvalidInput.class, () -> MultilingualText.of("names", Map.of("ru", " "), 100));
        assertEquals("names", none.field());
    }

    @Test
    void aRefusalNamesTheLanguageItConcerns() {
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> MultilingualText.of("names", Map.of("en", "ok", "ru", "длинное имя"), 5));
        assertEquals("names.ru", tooLong.field());
        assertEquals("validation.tooLong", tooLong.messageKey());
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> MultilingualText.of("names", Map.of("xx", "?"), 5));
        assertEquals("validation.contentLanguage.unknown", unknown.messageKey());
    }

    @Test
    void storedVersionsComeBackEqual() {
        MultilingualText names = MultilingualText.of("names", Map.of("en", "Teachers", "ar", "المعلمون"), 100);
        MultilingualTextColumn column = new MultilingualTextColumn();
        assertEquals(names, column.convertToEntityAttribute(column.convertToDatabaseColumn(names)));
    }
}
