package org.practica.identity.domain.notice;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PrivacyNoticeTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final Map<String, String> BOTH = Map.of("en", "We keep your progress.", "ru", "Мы храним ваш прогресс.");

    @Test
    void aVersionFollowsTheLastOne() {
        assertEquals(1, PrivacyNotice.publish(0, BOTH, BOTH, 7, T0).version());
        PrivacyNotice third = PrivacyNotice.publish(2, BOTH, Map.of("en", "Be kind.", "ru", "Будьте добры.", "kk", "Мейірімді болыңыз."), 7, T0);
        assertEquals(3, third.version());
        assertEquals("Мейірімді болыңыз.", third.terms().in("kk"), "other languages may be added");
    }

    @Test
    void everyInterfaceLanguageIsRequiredAndEveryGapIsReportedAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> PrivacyNotice.publish(1, Map.of("en", "We keep your progress."), Map.of("ru", " "), 7, T0));
        assertEquals(java.util.List.of("privacy.ru", "terms.en", "terms.ru"), refused.all().stream().map(InvalidInput::field).toList());
    }

    @Test
    void anOverlongTextIsRefusedByItsLanguage() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> PrivacyNotice.publish(0,
                Map.of("en", "x".repeat(PrivacyNotice.TEXT_MAX + 1), "ru", "Мы храним ваш прогресс."), BOTH, 7, T0));
        assertEquals("privacy.en", refused.field());
        assertEquals("validation.tooLong", refused.messageKey());
    }
}
