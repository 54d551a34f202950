package org.practica.systemtest;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in page costs the server no session, and a form posted from elsewhere signs nobody in. */
class SignInPageIT {

    private final WebSession web = new WebSession();

    private Map<String, String> form(String html, String token) {
        return WebSession.form(html, "learner", Api.DEMO_PASSWORD, token);
    }

    @Test
    void viewingTheSignInPageCreatesNoSession() throws Exception {
        HttpResponse<String> page = web.get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertFalse(web.hasSession(), "an anonymous page view must not create an HTTP session");
        List<String> setCookies = page.headers().allValues("Set-Cookie");
        String guard = setCookies.stream().filter(c -> c.startsWith("practica-signin=")).findFirst().orElse(null);
        assertNotNull(guard, setCookies.toString());
        assertTrue(guard.contains("HttpOnly") && guard.contains("SameSite=Strict"), guard);
    }

    @Test
    void theFormWithItsTokenSignsIn() throws Exception {
        String html = web.get("/login.xhtml").body();
        HttpResponse<String> signedIn = web.postForm("/login.xhtml", form(html, WebSession.first(WebSession.TOKEN, html)));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(web.hasSession());
        assertEquals(200, web.get("/index.xhtml").statusCode());
    }

    @Test
    void aFormPostedWithoutTheMatchingTokenSignsNobodyIn() throws Exception {
        String html = web.get("/login.xhtml").body();
        HttpResponse<String> forged = web.postForm("/login.xhtml", form(html, "forged-token-that-the-cookie-does-not-hold-xxxxxx"));
        assertEquals(200, forged.statusCode());
        assertTrue(forged.body().contains("The sign-in form had expired"), forged.body());
        assertFalse(web.hasSession());

        web.cookies.clear();   // a cross-site post carries no strict same-site cookie
        HttpResponse<String> noCookie = web.postForm("/login.xhtml", form(html, WebSession.first(WebSession.TOKEN, html)));
        assertEquals(200, noCookie.statusCode());
        assertFalse(web.hasSession());
        assertFalse(web.cookies.has("PRACTICA_SESSION"));
    }
}
