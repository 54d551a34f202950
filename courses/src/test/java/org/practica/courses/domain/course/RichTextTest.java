package org.practica.courses.domain.course;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichTextTest {

    @Test
    void aBulletedListStaysBulleted() {
        String cleaned = RichText.clean("<ol><li data-list=\"bullet\">one</li><li data-list=\"bullet\">two</li></ol>");
        assertEquals("<ol><li data-list=\"bullet\">one</li><li data-list=\"bullet\">two</li></ol>", cleaned);
    }

    @Test
    void onlyTheTwoKindsOfListAreKept() {
        assertFalse(RichText.clean("<ol><li data-list=\"javascript:x\">one</li></ol>").contains("data-list"));
    }

    @Test
    void scriptsAndHandlersGo() {
        String cleaned = RichText.clean("<p onclick=\"steal()\">hi<script>steal()</script></p>");
        assertEquals("<p>hi</p>", cleaned);
        assertTrue(RichText.clean(cleaned).equals(cleaned), "cleaning twice changes nothing");
    }

    @Test
    void harmlessFormattingStays() {
        String text = "<p><span style=\"font-style: italic\">gently</span> H<sub>2</sub>O x<sup>2</sup> <em>a</em> <strong>b</strong></p>"
                + "<table><tbody><tr><th scope=\"col\">Step</th></tr><tr><td>One</td></tr></tbody></table>";
        assertEquals(text, RichText.clean(text));
    }

    @Test
    void stylesThatHideMoveOrLoadGo() {
        String cleaned = RichText.clean("<span style=\"display:none; color: red; background-image: url(https://x.example/t.gif); "
                + "position: fixed; font-weight: bold; color: expression(alert(1))\">x</span>");
        assertEquals("<span style=\"color: red; font-weight: bold\">x</span>", cleaned);
    }

    @Test
    void quotesBracesAndAtSignsAreNotTurnedIntoEntities() {
        String text = "<p>Say \"yes\" = {1:SHORTANSWER:=Owl#Well done!~*#No} to @@PLUGINFILE@@ it's</p>";
        assertEquals(text, RichText.clean(text));
    }

    @Test
    void imagesOnlyFromThisInstallationOrHttpsAndLinksThatRunNothing() {
        String cleaned = RichText.clean("<img src=\"/media/4/map.png\" alt=\"Map\"><img src=\"http://tracker.example/p.gif\">"
                + "<img src=\"javascript:alert(1)\"><a href=\"javascript:alert(1)\">x</a><a href=\"https://who.int\">who</a>");
        assertEquals("<img src=\"/media/4/map.png\" alt=\"Map\"><img><img><a rel=\"noopener noreferrer\">x</a>"
                + "<a href=\"https://who.int\" rel=\"noopener noreferrer\">who</a>", cleaned);
        assertEquals(cleaned, RichText.clean(cleaned));
    }
}
