package org.practica.systemtest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    }
}
