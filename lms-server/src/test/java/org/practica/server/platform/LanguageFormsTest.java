package org.practica.server.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practica.server.web.support.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Counts take each language's CLDR plural form (Russian one/few/many, Kyrgyz one/other with the
 * noun unchanged, Arabic zero/one/two/few/many/other), and numbers and days are written as each
 * language writes them. The expected strings are written out by hand, not computed.
 */
class LanguageFormsTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | 1   | 1 вопрос
            ru | 2   | 2 вопроса
            ru | 5   | 5 вопросов
            ru | 21  | 21 вопрос
            ky | 1   | 1 суроо
            ky | 2   | 2 суроо
            ky | 5   | 5 суроо
            ky | 21  | 21 суроо
            kk | 1   | 1 сұрақ
            kk | 5   | 5 сұрақ
            tg | 1   | 1 савол
            tg | 21  | 21 савол
            uz | 1   | 1 ta savol
            uz | 2   | 2 ta savol
            sq | 1   | 1 pyetje
            ar | 0   | 0 سؤال
            ar | 1   | سؤال واحد
            ar | 2   | سؤالان
            ar | 3   | 3 أسئلة
            ar | 11  | 11 سؤالًا
            ar | 100 | 100 سؤال
            """)
    void aCountTakesTheLanguagesPluralForm(String language, int count, String expected) {
        assertEquals(expected, Messages.get(Locale.forLanguageTag(language), "bank.count", count));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1.5 of 10 h
            ru | 1,5 из 10 ч
            kk | 10 сағаттың 1,5
            uz | 10 soatdan 1,5
            ky | 10 сааттын 1,5
            tg | 1,5 аз 10 соат
            sq | 1,5 nga 10 orë
            ar | 1.5 من 10 ساعة
            """)
    void aDecimalIsWrittenWithTheLanguagesSeparator(String language, String expected) {
        assertEquals(expected, Messages.get(Locale.forLanguageTag(language), "mentoring.hoursOf", new BigDecimal("1.5"), 10));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Dec 4, 2026
            ru | 4 дек. 2026 г.
            kk | 2026 ж. 04 жел.
            uz | 4-dek, 2026
            ky | 2026-ж., 4-дек.
            sq | 4 dhj 2026
            """)
    void aDayIsWrittenAsTheLanguageWritesIt(String language, String expected) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(language))
                .format(LocalDate.of(2026, 12, 4));
        assertEquals(expected, day.replace('\u202f', ' ').replace('\u00a0', ' '));
    }
}
