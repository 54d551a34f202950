package org.practica.identity.infrastructure;

import org.junit.jupiter.api.Test;
import org.practica.documents.Wording;
import org.practica.documents.Wordings;
import org.practica.identity.application.MailDeliveries;
import org.practica.kernel.NoticeKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeLettersTest {

    private final NoticeLetters letters = new NoticeLetters();

    NoticeLettersTest() {
        letters.publicUrl = "https://practica.example.org/";
        letters.wordings = new Wordings() {
            @Override
            public Wording in(Locale locale) {
                return in(locale, ZoneId.of("UTC"));
            }

            @Override
            public Wording in(Locale locale, ZoneId zone) {
                return new Wording() {
                    @Override
                    public Locale locale() {
                        return locale;
                    }

                    @Override
                    public String of(String key, Object... arguments) {
                        return "[" + locale.getLanguage() + " " + key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)) + "]";
                    }

                    @Override
                    public ZoneId zone() {
                        return zone;
                    }
                };
            }
        };
    }

    private static MailDeliveries.Letter letter(NoticeKind kind, String name, MailDeliveries.Item... items) {
        return new MailDeliveries.Letter(42, "person@example.org", name, Locale.forLanguageTag("ru"), ZoneId.of("Asia/Almaty"), "TOKEN_-1",
                Optional.ofNullable(kind), kind == null ? LocalDate.parse("2026-12-04") : null, List.of(items));
    }

    @Test
    void aNoticeIsWordedInTheReadersLanguageWithItsLinkAndAOneClickUnsubscribeForItsKind() {
        NoticeLetters.Composed c = letters.compose(letter(NoticeKind.ESSAY_GRADED, "Айгерим <b>",
                new MailDeliveries.Item(NoticeKind.ESSAY_GRADED, List.of("Check-in & more"), "/courses/result.xhtml?id=7", Instant.parse("2026-12-04T05:00:00Z"))));
        assertEquals("[ru mail.subject [[ru notice.ESSAY_GRADED [Check-in & more]]]]", c.subject());
        assertTrue(c.text().startsWith("[ru mail.hello [Айгерим <b>]]"), c.text());
        assertTrue(c.text().contains("https://practica.example.org/courses/result.xhtml?id=7"), c.text());
        assertTrue(c.html().contains("Айгерим &lt;b&gt;") && !c.html().contains("<b>"), "names are text in the HTML part: " + c.html());
        assertTrue(c.html().contains("Check-in &amp; more"), c.html());
        assertTrue(c.html().startsWith("<!DOCTYPE html><html lang=\"ru\" dir=\"ltr\">"), c.html());
        assertEquals(Optional.of("https://practica.example.org/api/v1/mail/unsubscribe?t=TOKEN_-1&k=ESSAY_GRADED"), c.oneClick());
        assertTrue(c.text().contains("https://practica.example.org/unsubscribe.xhtml?t=TOKEN_-1&k=ESSAY_GRADED"), "the page asks before it stops anything");
    }

    @Test
    void aSecurityNoticeHasNoUnsubscribeAndADigestListsItsNotices() {
        NoticeLetters.Composed security = letters.compose(letter(NoticeKind.PASSWORD_CHANGED, "Dana",
                new MailDeliveries.Item(NoticeKind.PASSWORD_CHANGED, List.of(), "/account.xhtml", Instant.parse("2026-12-04T05:00:00Z"))));
        assertEquals(Optional.empty(), security.oneClick());
        assertTrue(security.text().contains("[ru mail.footer.security]") && !security.text().contains("unsubscribe.xhtml"), security.text());

        NoticeLetters.Composed digest = letters.compose(letter(null, "Dana",
                new MailDeliveries.Item(NoticeKind.ENROLLED, List.of("First"), "/courses/course.xhtml?id=1", Instant.parse("2026-12-03T05:00:00Z")),
                new MailDeliveries.Item(NoticeKind.ENROLLED, List.of("Second"), "/courses/course.xhtml?id=2", Instant.parse("2026-12-03T06:00:00Z"))));
        assertEquals("[ru mail.subject.digest [2]]", digest.subject());
        assertTrue(digest.text().contains("id=1") && digest.text().contains("id=2"), digest.text());
        assertTrue(digest.text().contains("11:00"), "times in the reader's zone (Almaty, UTC+5): " + digest.text());
        assertEquals(Optional.of("https://practica.example.org/api/v1/mail/unsubscribe?t=TOKEN_-1&k=DIGEST"), digest.oneClick());
        assertFalse(digest.html().contains("<script"));
    }
}
