package org.practica.certificates.infrastructure.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateSerial;
import org.practica.certificates.domain.certificate.VerificationCode;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.IssuingMode;
import org.practica.certificates.domain.programme.ProgrammeTerms;
import org.practica.certificates.domain.programme.RenewalRule;
import org.practica.certificates.domain.programme.Requirement;
import org.practica.certificates.domain.programme.Signatory;
import org.practica.documents.InterfaceBundles;
import org.practica.documents.Wording;
import org.practica.kernel.Discipline;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificates printed in Kazakh, Uzbek, Albanian and Arabic, worded by the interface's own
 * bundles: the text PDFBox reads back from each page is the expected text in logical (reading)
 * order, the body's name is printed in the certificate's language, a holder name in another script prints as written, and the Arabic certificate draws its
 * letters joined: every Arabic glyph on the page is a contextual form, none a bare base letter.
 * Writes PNG renderings to {@code target/certificates/} (the README's are copied from there).
 */
class CertificatePdfTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final Map<String, String> TITLE = Map.of(
            "en", "Trauma-informed practitioner",
            "kk", "Жарақатты ескеретін тәжірибе маманы",
            "uz", "Travmani hisobga oluvchi amaliyotchi",
            "sq", "Praktikues i informuar për traumën",
            "ar", "ممارس مراعٍ للصدمات");
    private static final Map<String, String> BODY = Map.of(
            "en", "Association of Practitioners",
            "kk", "Практиктер қауымдастығы",
            "uz", "Amaliyotchilar assotsiatsiyasi",
            "sq", "Shoqata e Praktikuesve",
            "ar", "جمعية الممارسين");
    private static final Map<String, String> WORDING = Map.of(
            "en", "has completed the training and supervised practice the Association requires",
            "kk", "Қауымдастық талап ететін оқудан және супервизиялық практикадан өтті",
            "uz", "Assotsiatsiya talab qilgan oʻqish va supervizya ostidagi amaliyotni tugatgan",
            "sq", "ka përfunduar trajnimin dhe praktikën e mbikëqyrur që kërkon Shoqata",
            "ar", "أكمل التدريب والممارسة تحت الإشراف التي تشترطها الجمعية");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kk | Айгерим Нұрланқызы
            uz | Gulnoza Oʻrinboyeva
            sq | Arbëresha Krasniqi
            ar | Aigerim Nurlanovna
            """)
    void aCertificateReadsBackInItsLanguageInReadingOrder(String language, String holder) throws Exception {
        byte[] pdf = render(language, holder);
        Wording words = wording(language);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
            List<String> lines = text.lines().map(String::strip).toList();
            for (String expected : List.of(BODY.get(language), words.of("certificate.pdf.heading"), TITLE.get(language), words.of("certificate.pdf.certifies"),
                    holder, WORDING.get(language))) {
                assertTrue(lines.contains(expected) || text.contains(expected), "«" + expected + "» in:\n" + text);
            }
            String validity = words.of("certificate.pdf.validity", longDay(language, LocalDate.of(2026, 12, 4)), longDay(language, LocalDate.of(2028, 12, 3)));
            assertTrue(lines.contains(validity), "«" + validity + "» in:\n" + text);
            assertTrue(text.contains("AKP-2026-000042"), text);
            write(language, doc);
        }
    }

    @Test
    void arabicLettersAreDrawnJoinedAndAnArabicNamePrintsOnACertificateInAnotherLanguage() throws Exception {
        List<Integer> glyphs = glyphsOf(render("ar", "Aigerim Nurlanovna"));
        // a letter that joins is drawn in its contextual form; hamza (U+0621) never joins, so it stays as it is
        assertTrue(glyphs.stream().noneMatch(c -> c > 0x0621 && c <= 0x064A), "no unjoined base letter: " + glyphs);
        assertTrue(glyphs.stream().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFC), "letters in their joined forms");

        byte[] kazakh = render("kk", "فاطمة الزهراء");
        try (PDDocument doc = Loader.loadPDF(kazakh)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("فاطمة الزهراء"), "the Arabic name reads back in reading order on a Kazakh certificate:\n" + text);
        }
        List<Integer> kazakhGlyphs = glyphsOf(kazakh);
        assertTrue(kazakhGlyphs.stream().noneMatch(c -> c > 0x0621 && c <= 0x064A), "and is joined there too: " + kazakhGlyphs.stream().map(Integer::toHexString).toList());
    }

    private static String longDay(String language, LocalDate day) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(Locale.forLanguageTag(language)).format(day);
    }

    /** The characters of the glyphs drawn, as the PDF maps them (no normalisation of joined forms). */
    private static List<Integer> glyphsOf(byte[] pdf) throws IOException {
        List<Integer> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        p.getUnicode().codePoints().filter(c -> c >= 0x0600).forEach(glyphs::add);
                    }
                }
            }.getText(doc);
        }
        return glyphs;
    }

    private static void write(String language, PDDocument doc) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 60);
        Path out = Path.of("target/certificates/certificate-" + language + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
    }

    private static byte[] render(String language, String holder) throws Exception {
        CertificationProgramme programme = new CertificationProgramme(new BodyId(4), new ProgrammeTerms(TITLE, WORDING,
                List.of(new Requirement.CourseCompleted(1)), 24, new RenewalRule(BigDecimal.TEN, 90, 60), IssuingMode.AUTOMATIC,
                List.of(new Signatory("Arta Berisha", "Secretary"), new Signatory("Дина Сейітова", "Төраға"))), "registrar", NOW);
        Field id = CertificationProgramme.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(programme, 9L);
        programme.activate();
        Certificate c = Certificate.first(CertificateSerial.of("AKP", 2026, 42), VerificationCode.generate(), programme, "holder", holder,
                null, LocalDate.of(2026, 12, 4), "registrar", NOW);
        ProfessionalBody body = new ProfessionalBody("AKP", BODY, "KZ", Discipline.PSYCHOLOGY, NOW);
        return CertificatePdf.render(c, body, language, wording(language), "https://practica.example.org/verify.xhtml?code=X");
    }

    private static Wording wording(String language) {
        return InterfaceBundles.wording(language, java.time.ZoneOffset.UTC);
    }
}
