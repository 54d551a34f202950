package org.practica.identity.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTest {

    @Test
    void theBrowsersFirstLanguageThatTheInterfaceSpeaksWins() {
        assertEquals(Optional.of(Language.KK), Language.preferredIn("kk-KZ,ru;q=0.8,en;q=0.5"));
        assertEquals(Optional.of(Language.UZ), Language.preferredIn("uz-Latn-UZ"));
        assertEquals(Optional.of(Language.RU), Language.preferredIn("de-DE,ru;q=0.9"), "German is not an interface language");
        assertEquals(Optional.of(Language.AR), Language.preferredIn("ar-IQ"));
        assertEquals(Optional.of(Language.SQ), Language.preferredIn("sq-XK, en;q=0.1"));
        assertEquals(Optional.of(Language.EN), Language.preferredIn("en-GB;q=0.3,ky;q=0.2"), "the higher weight wins");
        assertEquals(Optional.empty(), Language.preferredIn("de, fr"));
        assertEquals(Optional.empty(), Language.preferredIn(";;not a header"));
        assertEquals(Optional.empty(), Language.preferredIn(null));
    }

    @Test
    void arabicRunsRightToLeftAndEveryLanguageIsNamedInItself() {
        assertEquals("rtl", Language.AR.direction());
        assertEquals("ltr", Language.TG.direction());
        assertEquals("العربية", Language.AR.nativeName());
        assertEquals("Oʻzbekcha", Language.UZ.nativeName());
        assertEquals("Shqip", Language.SQ.nativeName());
    }

    @Test
    void aLocaleTheInterfaceDoesNotSpeakIsWrittenToInEnglish() {
        assertEquals(Language.AR, Language.orEnglish(java.util.Locale.forLanguageTag("ar-IQ")));
        assertTrue(Language.orEnglish(java.util.Locale.forLanguageTag("ar")).rightToLeft());
        assertEquals(Language.EN, Language.orEnglish(java.util.Locale.forLanguageTag("fa")));
        assertEquals(Language.EN, Language.orEnglish(null));
        assertEquals(Optional.of(org.practica.kernel.ContentLanguage.AR), org.practica.kernel.ContentLanguage.of(java.util.Locale.forLanguageTag("ar-IQ")));
    }
}
