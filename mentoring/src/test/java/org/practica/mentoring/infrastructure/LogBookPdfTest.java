package org.practica.mentoring.infrastructure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practica.documents.InterfaceBundles;
import org.practica.documents.Wording;
import org.practica.mentoring.application.CompetencyView;
import org.practica.mentoring.application.LogBook;
import org.practica.mentoring.application.RelationshipView;
import org.practica.mentoring.application.SessionView;
import org.practica.mentoring.application.TotalsView;
import org.practica.mentoring.domain.relationship.RelationshipStatus;
import org.practica.mentoring.domain.session.SessionStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A log book printed in each interface language reads back (PDFBox) in reading order: its title,
 * the mentee's name in another script, the goals (long enough to wrap), the competency in the
 * reader's language, the case code and the days as the language writes them. The reflection is
 * never printed.
 */
class LogBookPdfTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk", "uz", "ky", "tg", "sq", "ar"})
    void aLogBookReadsBackInItsLanguage(String language) throws Exception {
        Wording words = InterfaceBundles.wording(language, ZoneId.of("Asia/Almaty"));
        String goals = goals(language);
        Instant held = Instant.parse("2026-11-20T05:30:00Z");
        SessionView session = new SessionView(1, 7, "supervisor", "mentee", held, 75, "INDIVIDUAL_IN_PERSON", Set.of("RISK_ASSESSMENT"),
                List.of("CASE-7KQM-4TXD"), SessionStatus.SIGNED_OFF, "mentee", held, "supervisor", held, "supervisor", held,
                "the boy talked about the camp", "notes never printed", List.of());
        LogBook book = new LogBook(new RelationshipView(7, "supervisor", "mentee", "PSYCHOLOGY", LocalDate.of(2026, 9, 1), null, goals,
                Map.of("RISK_ASSESSMENT", new BigDecimal("10")), RelationshipStatus.ACTIVE, "admin"), "Арта Бериша", "فاطمة الزهراء",
                new TotalsView(7, new BigDecimal("1.25"), BigDecimal.ZERO,
                        List.of(new TotalsView.CompetencyProgress("RISK_ASSESSMENT", new BigDecimal("10"), new BigDecimal("1.25"), 13)), List.of()),
                List.of(session), List.of(new CompetencyView("PSYCHOLOGY", "RISK_ASSESSMENT",
                Map.of("en", "Risk assessment", "ar", "تقييم المخاطر", "kk", "Тәуекелді бағалау"), "Risk assessment", null, false)));

        String text;
        try (PDDocument doc = Loader.loadPDF(LogBookPdf.of(book, words, held))) {
            text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n");
        }
        String flat = text.replace('\n', ' ');
        String competency = language.equals("ar") ? "تقييم المخاطر" : language.equals("kk") ? "Тәуекелді бағалау" : "Risk assessment";
        // Arabic writes the day 01/09/2026 with right-to-left marks between its numbers, which print it
        // right to left; PDFBox, reading the page without those marks, gives the numbers left to right
        String started = language.equals("ar") ? "2026/09/01"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(language)).format(LocalDate.of(2026, 9, 1));
        for (String expected : List.of(words.of("logbook.title"), "فاطمة الزهراء", competency, started)) {
            assertTrue(flat.contains(expected), "«" + expected + "» in:\n" + text);
        }
        // a narrow column may wrap the code at its hyphen
        assertTrue(text.replace("\n", "").contains("CASE-7KQM-4TXD"), text);
        // the goals wrap over several lines; read together, they are the goals in reading order
        assertTrue(flat.replace(" ", "").contains(goals.replace(" ", "")), "the goals in reading order in:\n" + text);
        assertFalse(text.contains("the boy talked about the camp"), "the reflection is never printed");
    }

    private static String goals(String language) {
        return switch (language) {
            case "ar" -> "الاستماع دون إصدار أحكام، وتقييم المخاطر على الأطفال، وتوثيق الحالات برموزها فقط، والتخطيط لإعادة الإدماج مع الأسرة والمدرسة والمجتمع المحلي، ومراجعة الخطة مع المشرف كل شهر";
            case "kk" -> "Бағалаусыз тыңдау, балаларға төнетін қауіпті бағалау, жағдайларды тек кодтарымен құжаттау және отбасымен, мектеппен және жергілікті қауыммен бірге реинтеграцияны жоспарлау";
            default -> "Listening without judgement, assessing risks to children, documenting cases by their codes only, and planning reintegration with the family, the school and the local community";
        };
    }
}
