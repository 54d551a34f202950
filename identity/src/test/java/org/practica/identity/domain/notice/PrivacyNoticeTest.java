package org.practica.identity.domain.notice;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PrivacyNoticeTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final Map<String, String> BOTH = every("We keep your progress.");

    /** The same text under every interface language's code, as a complete version needs. */
    private static Map<String, String> every(String text) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        for (org.practica.identity.domain.Language l : org.practica.identity.domain.Language.values()) {
            all.put(l.code(), text + " (" + l.code() + ")");
        }
        return all;
    }

    @Test
    void aVersionFollowsTheLastOne() {
        assertEquals(1, PrivacyNotice.publish(0, BOTH, BOTH, 7, T0).version());
        Map<String, String> terms = new java.util.HashMap<>(every("Be kind."));
        terms.put("kk", "Мейірімді болыңыз.");
        terms.put("de", "Seien Sie freundlich.");
        PrivacyNotice third = PrivacyNotice.publish(2, BOTH, terms, 7, T0);
        assertEquals(3, third.version());
        assertEquals("Мейірімді болыңыз.", third.terms().in("kk"));
        assertEquals("Seien Sie freundlich.", third.terms().in("de"), "content languages beyond the interface's may be added");
    }

    @Test
    void everyInterfaceLanguageIsRequiredAndEveryGapIsReportedAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> PrivacyNotice.publish(1, Map.of("en", "We keep your progress."), Map.of("ru", " "), 7, T0));
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (org.practica.identity.domain.Language l : org.practica.identity.domain.Language.values()) {
            if (!l.code().equals("en")) {
                expected.add("privacy." + l.code());
            }
        }
        for (org.practica.identity.domain.Language l : org.practica.identity.domain.Language.values()) {
            expected.add("terms." + l.code());
        }
        assertEquals(expected, refused.all().stream().map(InvalidInput::field).toList());
    }

    @Test
    void anOverlongTextIsRefusedByItsLanguage() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> PrivacyNotice.publish(0,
                overlongEnglish(), BOTH, 7, T0));
        assertEquals("privacy.en", refused.field());
        assertEquals("validation.tooLong", refused.messageKey());
    }

    private static Map<String, String> overlongEnglish() {
        Map<String, String> texts = new java.util.HashMap<>(BOTH);
        texts.put("en", "x".repeat(PrivacyNotice.TEXT_MAX + 1));
        return texts;
    }
}
