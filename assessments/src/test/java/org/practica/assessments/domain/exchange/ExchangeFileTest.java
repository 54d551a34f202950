package org.practica.assessments.domain.exchange;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExchangeFileTest {

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineOfItsFirstBadByte() {
        byte[] latin1 = "// bank\n::Q1:: Bonjour {T}\n::Q2:: Caf\u00e9 ? {F}\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> ExchangeFile.decoded(latin1));
        assertEquals("file", refused.field());
        assertEquals("exchange.file.notUtf8", refused.messageKey());
        assertEquals(3, refused.arguments()[0]);
    }

    @Test
    void utf8IsReadAsItIsWithoutAByteOrderMark() {
        String text = "::Вопрос:: Қазақ тілі? {T}";
        assertEquals(text, ExchangeFile.decoded(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void namesLoseTheirMarkupAsInMoodleButNotTheirLessThanSigns() {
        assertEquals("Week 1 quiz", ExchangeFile.plainName("<b>Week 1</b>\n  quiz"));
        assertEquals("Age < 18 and > 5", ExchangeFile.plainName(" Age < 18 and > 5 "));
        assertEquals("Safety plan", ExchangeFile.plainName("<span style=\"color:red\">Safety</span> <i>plan</i>"));
    }

    @Test
    void aMoodleXmlFileIsRecognisedWhateverWasChosen() {
        assertEquals(ExchangeFormat.MOODLE_XML, ExchangeFormat.recognised("gift", "\uFEFF  <?xml version=\"1.0\"?><quiz/>"));
        assertEquals(ExchangeFormat.MOODLE_XML, ExchangeFormat.recognised("gift", "<quiz></quiz>"));
        assertEquals(ExchangeFormat.GIFT, ExchangeFormat.recognised("gift", "::Q::[html]<p>Yes?</p>{T}"));
    }
}
