package org.practica.courses.domain.media;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResponsiveImagesTest {

    @Test
    void aCourseImageGetsItsSizeSmallerCopiesAndWaitsToBeScrolledNear() {
        String html = "<p>Map</p><img src=\"/media/4/map.png\" alt=\"The district\" width=\"300\" />";
        assertEquals(List.of(4L), ResponsiveImages.shown(html));
        assertEquals("<p>Map</p><img src=\"/media/4/map.png?w=640\" srcset=\"/media/4/map.png?w=320 320w, /media/4/map.png?w=640 640w, "
                        + "/media/4/map.png?w=960 960w, /media/4/map.png 1200w\" sizes=\"(max-width: 720px) 100vw, 720px\" width=\"1200\" "
                        + "height=\"800\" loading=\"lazy\" decoding=\"async\" alt=\"The district\" />",
                ResponsiveImages.of(html, Map.of(4L, new ResponsiveImages.Size(1200, 800))));
    }

    @Test
    void aSmallImageHasNoLargerCopiesAndOthersAreLeftAlone() {
        String small = ResponsiveImages.of("<img alt=\"\" src=\"/media/5/icon.png\">", Map.of(5L, new ResponsiveImages.Size(400, 300)));
        assertEquals("<img src=\"/media/5/icon.png\" srcset=\"/media/5/icon.png?w=320 320w, /media/5/icon.png 400w\" "
                + "sizes=\"(max-width: 720px) 100vw, 720px\" width=\"400\" height=\"300\" loading=\"lazy\" decoding=\"async\" alt=\"\" />", small);
        String elsewhere = "<img src=\"https://example.org/a.png\" alt=\"x\">";
        assertEquals(elsewhere, ResponsiveImages.of(elsewhere, Map.of()));
        String unknown = "<img src=\"/media/9/gone.png\" alt=\"x\">";
        assertEquals(unknown, ResponsiveImages.of(unknown, Map.of()), "no size known: left as written");
    }
}
