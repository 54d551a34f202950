package org.practica.documents;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XliffTest {

    @Test
    void unitsGoOutAndComeBackWithTheirMarkupAsText() throws Exception {
        List<Xliff.Unit> units = List.of(
                new Xliff.Unit("course.title", "Care & safety <first>", "Қамқорлық және қауіпсіздік"),
                new Xliff.Unit("lesson.0123456789ab.text", "<p>Listen <strong>first</strong>.</p>", null));
        String file = Xliff.write("en", "kk", "course-7", units);
        assertTrue(file.contains("xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"") && file.contains("srcLang=\"en\"")
                && file.contains("trgLang=\"kk\"") && file.contains("&lt;p&gt;Listen"), file);
        Xliff.Document back = Xliff.read(file);
        assertEquals("en", back.sourceLanguage());
        assertEquals("kk", back.targetLanguage());
        assertEquals(units, back.units());
    }

    @Test
    void aUnitSplitIntoSegmentsByATranslationToolComesBackWhole() throws Exception {
        Xliff.Document doc = Xliff.read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="uz">
                  <file id="f"><unit id="course.summary">
                    <segment><source>First sentence. </source><target>Birinchi gap. </target></segment>
                    <segment><source>Second one.</source><target>Ikkinchisi.</target></segment>
                  </unit></file></xliff>""");
        assertEquals(List.of(new Xliff.Unit("course.summary", "First sentence. Second one.", "Birinchi gap. Ikkinchisi.")), doc.units());
    }

    @Test
    void whatIsNotXliff2IsRefusedWithoutReadingAnythingElse() {
        assertThrows(Xliff.Unreadable.class, () -> Xliff.read("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>"));
        assertThrows(Xliff.Unreadable.class, () -> Xliff.read("<html/>"));
        assertThrows(Xliff.Unreadable.class, () -> Xliff.read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\"/>"));
        assertThrows(Xliff.Unreadable.class, () -> Xliff.read("not xml at all"));
        // an external entity is never fetched or expanded
        Xliff.Unreadable entity = assertThrows(Xliff.Unreadable.class, () -> Xliff.read("""
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">
                  <file id="f"><unit id="course.title"><segment><source>&secret;</source></segment></unit></file></xliff>"""));
        assertTrue(!entity.getMessage().contains("root:"), entity.getMessage());
    }
}
