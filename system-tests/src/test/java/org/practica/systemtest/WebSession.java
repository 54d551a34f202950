package org.practica.systemtest;

import java.io.IOException;
import java.net.CookieHandler;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's browser without the browser: cookies, the sign-in form, pages by plain HTTP. */
final class WebSession {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("name=\"signInToken\" value=\"([^\"]*)\"");

    final Cookies cookies = new Cookies();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    /**
     * Every cookie the server sets, sent back as a browser would, Secure ones too: the JDK's
     * CookieManager keeps Secure cookies off plain http, which the tests of an installation
     * configured for https still use. The raw Set-Cookie lines are kept for their attributes.
     */
    static final class Cookies extends CookieHandler {
        private final Map<String, String> values = new ConcurrentHashMap<>();
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (values.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, lines) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String line : lines) {
                        seen.add(line);
                        String pair = line.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        String cookie = pair.substring(0, eq).strip();
                        String value = pair.substring(eq + 1).strip();
                        if (value.isEmpty() || line.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                            values.remove(cookie);
                        } else {
                            values.put(cookie, value);
                        }
                    }
                }
            });
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        void clear() {
            values.clear();
        }
    }

    /** A new session signed in on the sign-in page; fails unless the form redirects onward. */
    static WebSession signedIn(String username, String password) throws IOException, InterruptedException {
        WebSession session = new WebSession();
        HttpResponse<String> answer = session.signIn(username, password);
        assertTrue(answer.statusCode() == 302 && session.hasSession(), "signed in as " + username + ": " + answer.statusCode());
        Api.acceptNotice(username, password);   // as the person would on the page the next request leads to
        return session;
    }

    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String html = get("/login.xhtml").body();
        return postForm("/login.xhtml", form(html, username, password, first(TOKEN, html)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> form(String html, String username, String password, String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm_SUBMIT", "1");
        fields.put("loginForm:username", username);
        fields.put("loginForm:password", password);
        fields.put("loginForm:signIn", "");
        fields.put("signInToken", token);
        fields.put("jakarta.faces.ViewState", first(VIEW_STATE, html));
        fields.put("primefaces.nonce", first(NONCE, html));   // as a browser sends every hidden field of the form
        return fields;
    }

    boolean hasSession() {
        return cookies.has("PRACTICA_SESSION");
    }

    /** True when the page was served to the signed-in person, false when it sent them to sign in. */
    boolean serves(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        if (page.statusCode() == 200) {
            return true;
        }
        assertTrue(page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                path + " answered " + page.statusCode() + " " + page.headers().map());
        return false;
    }

    static String first(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), "not on the page: " + p);
        return m.group(1);
    }
}
