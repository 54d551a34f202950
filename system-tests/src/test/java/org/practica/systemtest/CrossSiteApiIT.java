package org.practica.systemtest;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser's session cookie alone does not let another site change anything through the API:
 * an unsafe request it authenticates must name our own origin. Reading, and bearer tokens, are
 * unaffected.
 */
class CrossSiteApiIT {

    @Test
    void aCookieAuthenticatedChangeMustComeFromOurOwnPages() throws Exception {
        WebSession web = WebSession.signedIn("learner", Api.DEMO_PASSWORD);
        String own = URI.create(Api.BASE).getScheme() + "://" + URI.create(Api.BASE).getAuthority();

        HttpResponse<String> noOrigin = put(web, null);
        assertEquals(403, noOrigin.statusCode(), noOrigin.body());
        assertTrue(noOrigin.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(noOrigin.body().contains("bearer token"), noOrigin.body());

        assertEquals(403, put(web, "https://evil.example").statusCode(), "a page on another site");
        assertEquals(403, put(web, "null").statusCode(), "a sandboxed or file page");
        HttpResponse<String> ownPage = put(web, own);
        assertEquals(204, ownPage.statusCode(), "our own page (" + own + "): " + ownPage.body());

        HttpResponse<String> read = web.http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), "reading needs no origin");
        assertEquals(204, Api.put("/api/v1/me/language", Api.token("learner", Api.DEMO_PASSWORD), "{\"language\":\"en\"}").status(),
                "a bearer token needs none");
    }

    private static HttpResponse<String> put(WebSession web, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me/language"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\"}"));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return web.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
