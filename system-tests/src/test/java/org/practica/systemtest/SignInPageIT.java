package org.practica.systemtest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in page costs the server no session, and a form posted from elsewhere signs nobody in. */
class SignInPageIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"signInToken\" value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String first(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), "not on the page: " + p);
        return m.group(1);
    }

    private Map<String, String> form(String html, String token) {
        return Map.of("loginForm_SUBMIT", "1", "loginForm:username", "learner", "loginForm:password", Api.DEMO_PASSWORD,
                "loginForm:signIn", "", "signInToken", token, "jakarta.faces.ViewState", first(VIEW_STATE, html));
    }

    private boolean hasSession() {
        return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("PRACTICA_SESSION"));
    }

    @Test
    void viewingTheSignInPageCreatesNoSession() throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertFalse(hasSession(), "an anonymous page view must not create an HTTP session");
        List<String> setCookies = page.headers().allValues("Set-Cookie");
        String guard = setCookies.stream().filter(c -> c.startsWith("practica-signin=")).findFirst().orElse(null);
        assertNotNull(guard, setCookies.toString());
        assertTrue(guard.contains("HttpOnly") && guard.contains("SameSite=Strict"), guard);
    }

    @Test
    void theFormWithItsTokenSignsIn() throws Exception {
        String html = get("/login.xhtml").body();
        HttpResponse<String> signedIn = postForm(form(html, first(TOKEN, html)));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(hasSession());
        assertEquals(200, get("/index.xhtml").statusCode());
    }

    @Test
    void aFormPostedWithoutTheMatchingTokenSignsNobodyIn() throws Exception {
        String html = get("/login.xhtml").body();
        HttpResponse<String> forged = postForm(form(html, "forged-token-that-the-cookie-does-not-hold-xxxxxx"));
        assertEquals(200, forged.statusCode());
        assertTrue(forged.body().contains("The sign-in form had expired"), forged.body());
        assertFalse(hasSession());

        cookies.getCookieStore().removeAll();   // a cross-site post carries no strict same-site cookie
        HttpResponse<String> noCookie = postForm(form(html, first(TOKEN, html)));
        assertEquals(200, noCookie.statusCode());
        assertFalse(hasSession());
        assertTrue(cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).noneMatch("PRACTICA_SESSION"::equals));
    }
}
