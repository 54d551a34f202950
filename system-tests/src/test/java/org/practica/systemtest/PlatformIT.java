package org.practica.systemtest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformIT {

    @Test
    void readinessIsUpWithTheDatabase() {
        Api.Reply ready = Api.get("/health/ready", null);
        assertEquals(200, ready.status());
        assertEquals("UP", ready.json().getString("status"));
        assertEquals("database", ready.json().getJsonArray("checks").getJsonObject(0).getString("name"));
    }

    @Test
    void openApiDocumentsTheApi() {
        Api.Reply doc = Api.get("/openapi", null);
        assertEquals(200, doc.status());
        assertTrue(doc.body().contains("/api/v1/auth/token") && doc.body().contains("/api/v1/me"));
    }

    @Test
    void pagesNeedSignInButTheLoginPageAndItsStylesDoNot() {
        Api.Reply root = Api.get("/", null);
        assertEquals(302, root.status());
        Api.Reply dashboard = Api.get("/index.xhtml", null);
        assertEquals(302, dashboard.status());
        Api.Reply admin = Api.get("/admin/users.xhtml", null);
        assertEquals(302, admin.status());
        assertEquals(200, Api.get("/login.xhtml", null).status());
        assertEquals(200, Api.get("/jakarta.faces.resource/css/practica.css.xhtml", null).status());
    }

    @Test
    void responsesCarryBrowserDefences() {
        Api.Reply r = Api.get("/login.xhtml", null);
        assertEquals(200, r.status());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));
        assertTrue(r.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")),
                "scripts only from here or with this response's nonce: " + r.headers().allValues("Content-Security-Policy"));
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "pages are not kept for the Back button");
        Api.Reply css = Api.get("/jakarta.faces.resource/css/practica.css.xhtml", null);
        assertFalse(css.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "static files are cached");
        // pages link their own stylesheet by an address that names its content, kept for a year
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"[^\"]*(/jakarta\\.faces\\.resource/css/practica\\.css\\.xhtml\\?d=[0-9a-f]{12})\"")
                .matcher(r.body());
        assertTrue(link.find(), "the stylesheet's address carries a digest of its content");
        Api.Reply versioned = Api.get(link.group(1), null);
        assertEquals(200, versioned.status());
        assertTrue(versioned.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"), versioned.headers().map().toString());
    }

    /** Load, pools and what the server runs are for Liberty's administrators, not for anyone who asks. */
    @Test
    void theSignInPageLoadsNoComponentLibraryAndScriptsGoOutCompressed() {
        Api.Reply login = Api.get("/login.xhtml", null);
        assertFalse(login.body().contains("ln=primefaces"), "everyone's first page needs none of PrimeFaces' scripts and styles");
        // PrimeFaces serves its scripts as application/x-javascript, which is not compressed unless listed
        Api.Reply script = Api.send(Api.request("/jakarta.faces.resource/core.js.xhtml?ln=primefaces", null)
                .header("Accept-Encoding", "gzip").GET());
        assertEquals(200, script.status());
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(""), script.headers().toString());
    }

    @Test
    void metricsAreNotPublic() {
        Api.Reply metrics = Api.get("/metrics", null);
        assertNotEquals(200, metrics.status(), metrics.body());
        assertFalse(metrics.body().contains("threadpool") || metrics.body().contains("connectionpool"), metrics.body());
    }

    /** A link that would smuggle a header into the answer after signing in goes to the dashboard instead. */
    @Test
    void aNextAddressWithALineBreakIsNotFollowed() throws Exception {
        WebSession web = new WebSession();
        String html = web.get("/login.xhtml?next=%2Findex.xhtml%0D%0ASet-Cookie:%20evil=1").body();
        var fields = WebSession.form(html, "learner", Api.DEMO_PASSWORD, WebSession.first(WebSession.TOKEN, html));
        fields.put("loginForm:next", "/index.xhtml\r\nSet-Cookie: evil=1");
        var answer = web.postForm("/login.xhtml", fields);
        assertEquals(302, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"), answer.headers().map().toString());
        assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("evil")));
    }
}
