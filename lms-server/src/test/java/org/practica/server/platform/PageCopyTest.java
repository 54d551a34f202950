package org.practica.server.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCopyTest {

    private static String page(String text, String nonce, String now, String viewKey) {
        String state = Base64.getEncoder().encodeToString(viewKey.getBytes(StandardCharsets.US_ASCII));
        return "<body data-account=\"a1\" data-now=\"" + now + "\"><p>" + text + "</p>"
                + "<form><input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + nonce + "\"/>"
                + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" id=\"j_id__v_0:jakarta.faces.ViewState:1\" value=\"" + state + "\" autocomplete=\"off\" /></form>"
                + "<script src=\"/x.js\" nonce=\"" + nonce + "\"></script></body>";
    }

    private static PageCopy render(String text, String nonce, String now, String viewKey, String session) {
        return PageCopy.of(page(text, nonce, now, viewKey), session).orElseThrow();
    }

    @Test
    void anUnchangedPageRenderedAgainInTheSameSessionCanBeShownFromTheBrowsersCopy() {
        PageCopy first = render("Look, listen, link", "bm9uY2Ux", "2026-12-04T10:00:00Z", "4a4d945c3c8f1d7000000004", "s1");
        PageCopy again = render("Look, listen, link", "bm9uY2Uy", "2026-12-04T10:05:00Z", "56fc22ff2cb5b1c600000009", "s1");

        PageCopy held = PageCopy.named(first.etag()).orElseThrow();
        assertEquals(first, held);
        assertTrue(held.canStandIn(again));
        assertEquals(4, held.view());
        assertEquals(9, again.view());
    }

    @Test
    void aCopyDoesNotStandInForAChangedPageAnotherSessionOrAViewTheServerNoLongerKeeps() {
        PageCopy held = render("Look, listen, link", "n1", "t1", "4a4d945c3c8f1d7000000004", "s1");

        assertFalse(held.canStandIn(render("Look, listen, link ✓", "n2", "t2", "56fc22ff2cb5b1c600000005", "s1")));
        assertFalse(held.canStandIn(render("Look, listen, link", "n2", "t2", "56fc22ff2cb5b1c600000005", "s2")));
        long later = 4 + PageCopy.VIEWS_STILL_KEPT;
        assertFalse(held.canStandIn(render("Look, listen, link", "n2", "t2", "56fc22ff2cb5b1c6" + String.format("%08x", later), "s1")));
        assertTrue(held.canStandIn(render("Look, listen, link", "n2", "t2", "56fc22ff2cb5b1c6" + String.format("%08x", later - 1), "s1")));
        // a view numbered before the copy's is a new session's count, not this one's
        assertFalse(held.canStandIn(render("Look, listen, link", "n2", "t2", "56fc22ff2cb5b1c600000002", "s1")));
    }

    @Test
    void aPageWhoseViewStateCannotBeReadIsNotOfferedForKeepingAndForeignTagsAreIgnored() {
        assertTrue(PageCopy.of(page("x", "n", "t", "not-hex-at-all"), "s1").isEmpty());
        assertTrue(PageCopy.named("\"something-else\"").isEmpty());
        assertTrue(PageCopy.named(null).isEmpty());
        PageCopy noForms = PageCopy.of("<p>no forms here</p>", "s1").orElseThrow();
        assertTrue(PageCopy.named(noForms.etag()).orElseThrow().canStandIn(noForms));
    }
}
