package org.practica.assessments.infrastructure.exchange;

import org.junit.jupiter.api.Test;
import org.practica.assessments.domain.exchange.ExportedQuestion;
import org.practica.assessments.domain.exchange.GiftLimits;
import org.practica.assessments.domain.exchange.ImportPreview;
import org.practica.assessments.domain.exchange.ImportedQuestion;
import org.practica.assessments.domain.exchange.QuestionReader;
import org.practica.assessments.domain.exchange.QuestionWriter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export then import gives the same questions back, in each format and across them. */
class RoundTripTest {

    private static List<ExportedQuestion> exported(ImportPreview preview) {
        return preview.questions().stream().map(q -> new ExportedQuestion(q.category(), q.definition(), q.files())).toList();
    }

    private static void assertSame(ImportPreview original, ImportPreview again) {
        assertEquals(List.of(), again.problems());
        assertEquals(original.questions().size(), again.questions().size());
        for (int i = 0; i < original.questions().size(); i++) {
            ImportedQuestion a = original.questions().get(i);
            ImportedQuestion b = again.questions().get(i);
            assertEquals(a.definition(), b.definition(), "question " + a.definition().name());
            assertEquals(a.category(), b.category(), "category of " + a.definition().name());
            assertEquals(a.files(), b.files(), "files of " + a.definition().name() + ", byte for byte");
        }
    }

    private static ImportPreview through(ImportPreview original, QuestionWriter writer, QuestionReader reader) {
        return reader.read(writer.write(exported(original), original.categories()));
    }

    @Test
    void giftToGift() {
        ImportPreview original = new GiftReader().read(Fixtures.read("all-types.gift"));
        assertSame(original, through(original, new GiftWriter(), new GiftReader()));
    }

    @Test
    void moodleXmlToMoodleXml() {
        ImportPreview original = new MoodleXmlReader().read(Fixtures.read("all-types.xml"));
        ImportPreview again = through(original, new MoodleXmlWriter(), new MoodleXmlReader());
        assertSame(original, again);
        assertEquals(1, original.categories().size());
        assertEquals("details-1", original.categories().get(0).idNumber());
        assertEquals(original.categories(), again.categories(), "what the file says about its categories");
    }

    @Test
    void giftThroughMoodleXml() {
        ImportPreview original = new GiftReader().read(Fixtures.read("all-types.gift"));
        assertSame(original, through(original, new MoodleXmlWriter(), new MoodleXmlReader()));
    }

    @Test
    void aContentNoteTravelsInBothFormatsWhereMoodleSeesACommentOrAnElementItSkips() {
        String gift = """
                // content-note: Describes a child's account of violence.
                ::Testimony::What would you say first? {}

                ::Plain::Two and two? {#4}
                """;
        ImportPreview original = new GiftReader().read(gift);
        assertEquals("Describes a child's account of violence.", original.questions().get(0).definition().options().contentNote());
        assertEquals(null, original.questions().get(1).definition().options().contentNote(), "a note belongs to its own question");
        assertSame(original, through(original, new GiftWriter(), new GiftReader()));
        assertSame(original, through(original, new MoodleXmlWriter(), new MoodleXmlReader()));
        String xml = new MoodleXmlWriter().write(exported(original));
        assertTrue(xml.contains("<contentnote>Describes a child's account of violence.</contentnote>")
                || xml.contains("<contentnote>Describes a child&apos;s account of violence.</contentnote>"), xml);
    }

    @Test
    void exportingTwiceWritesTheSameFile() {
        ImportPreview original = new GiftReader().read(Fixtures.read("all-types.gift"));
        String once = new GiftWriter().write(exported(original));
        String twice = new GiftWriter().write(exported(new GiftReader().read(once)));
        assertEquals(once, twice);
    }

    @Test
    void whatGiftCannotCarryIsNamedPerQuestionAndWhatItCanTravels() {
        ImportPreview original = new MoodleXmlReader().read(Fixtures.read("all-types.xml"));
        java.util.Map<String, List<String>> lost = new java.util.LinkedHashMap<>();
        for (ImportedQuestion q : original.questions()) {
            lost.put(q.definition().name(), GiftLimits.of(q.definition()).stream().map(c -> c.messageKey().replace("exchange.gift.loses.", "")).toList());
        }
        assertEquals(List.of("cloze"), lost.get("Camps and returns").stream().filter(w -> w.equals("cloze")).toList());
        assertTrue(lost.get("Camps and returns").containsAll(List.of("penalty", "hints")), lost.toString());
        assertTrue(lost.get("Distance with units").contains("units"), lost.toString());
        assertTrue(lost.get("Limited essay").containsAll(List.of("mark", "essay")), lost.toString());
        // what GIFT can say is not listed, and comes back from GIFT as it was
        ImportPreview plain = new GiftReader().read(Fixtures.read("all-types.gift"));
        for (ImportedQuestion q : plain.questions()) {
            assertEquals(List.of(), GiftLimits.of(q.definition()), q.definition().name());
        }
    }
}
