package org.practica.courses.domain.course;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ImagesOnRequestTest {

    @Test
    void eachImageBecomesALinkThatSaysWhatItShows() {
        String html = "<p>Before</p><img src=\"/media/4/map.png\" alt=\"The camp &amp; the road\" width=\"640\" height=\"480\" /><p>After</p>"
                + "<img alt=\"\" src=\"/media/5/x.png\">";
        String shown = ImagesOnRequest.of(html, "Show image: {0}", "Show image");
        assertEquals("<p>Before</p><a class=\"image-on-request\" href=\"/media/4/map.png\" data-alt=\"The camp &amp; the road\" data-width=\"640\" "
                + "data-height=\"480\">Show image: The camp &amp; the road</a><p>After</p>"
                + "<a class=\"image-on-request\" href=\"/media/5/x.png\" data-alt=\"\">Show image</a>", shown);
        assertFalse(shown.contains("<img"), "nothing left to download with the page");
    }

    @Test
    void textWithoutImagesIsUnchangedAndTheBundlesWordsAreEscaped() {
        assertEquals("<p>Only words</p>", ImagesOnRequest.of("<p>Only words</p>", "Show {0}", "Show"));
        assertEquals("<a class=\"image-on-request\" href=\"/media/1/a.png\" data-alt=\"\">Voir l&quot;image &lt;1&gt;</a>",
                ImagesOnRequest.of("<img src=\"/media/1/a.png\">", "x", "Voir l\"image <1>"));
    }
}
