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
}
