package org.practica.certificates.domain.certificate;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateSerialTest {

    @Test
    void serialsCarryTheBodyTheYearAndAZeroPaddedSequence() {
        CertificateSerial s = CertificateSerial.of("APK", 2026, 123);
        assertEquals("APK-2026-000123", s.value());
        assertEquals(2026, s.year());
        assertEquals(123, s.sequence());
        assertEquals("UJ-2027-1234567", CertificateSerial.of("UJ", 2027, 1_234_567).value(), "the sequence grows past six digits");
        assertThrows(IllegalArgumentException.class, () -> CertificateSerial.of("APK", 2026, 0));
        assertEquals("serial", assertThrows(InvalidInput.class, () -> new CertificateSerial("APK-26-1")).field());
        assertThrows(InvalidInput.class, () -> new CertificateSerial("apk-2026-000001"));
    }

    @Test
    void verificationCodesAreLongRandomAndForgiveTyping() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            VerificationCode c = VerificationCode.generate();
            assertTrue(c.value().matches("[A-Z2-7]{26}"), c.value());
            seen.add(c.value());
        }
        assertEquals(10_000, seen.size(), "no two alike in ten thousand");
        VerificationCode code = VerificationCode.generate();
        String typed = code.value().toLowerCase().substring(0, 13) + " - " + code.value().toLowerCase().substring(13);
        assertEquals(code, VerificationCode.typed(typed));
        assertThrows(InvalidInput.class, () -> VerificationCode.typed("APK-2026-000123"), "a serial is not a code");
        assertNotEquals(VerificationCode.generate(), VerificationCode.generate());
    }

    @Test
    void initialsWorkInEveryScript() {
        assertEquals("A. K.", NameDisclosure.INITIALS.shown("Aigerim Kassymova"));
        assertEquals("Ә. Қ.", NameDisclosure.INITIALS.shown("Әлия  Қасымова"));
        assertEquals("Ë. B.", NameDisclosure.INITIALS.shown("Ëndrit Berisha"));
        assertEquals("Aigerim Kassymova", NameDisclosure.FULL_NAME.shown("Aigerim Kassymova"));
        assertEquals(null, NameDisclosure.NOT_SHOWN.shown("Aigerim Kassymova"));
    }
}
