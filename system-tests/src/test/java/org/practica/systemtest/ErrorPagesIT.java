package org.practica.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Errors have a home: a page that does not exist says so (404), also to someone not signed in,
 * instead of asking them to sign in first; a page of another role says it is not for them (403);
 * both in the application's top bar, in the visitor's language, with a way back.
 */
class ErrorPagesIT extends BrowserJourney {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> anonymous(String path, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownPageIsNotFoundForAnonymousVisitorsInTheirLanguage() throws Exception {
        HttpResponse<String> english = anonymous("/no-such-page.xhtml", "en");
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("This page does not exist"), english.body());
        assertTrue(english.body().contains("class=\"topbar\""), "in the application's layout");
        assertFalse(english.body().contains("Something went wrong"));
        HttpResponse<String> russian = anonymous("/courses/no-such-page.xhtml", "ru-RU,ru;q=0.9");
        assertEquals(404, russian.statusCode());
        assertTrue(russian.body().contains("Такой страницы нет"), russian.body());
        // a page that exists still asks for signing in first
        HttpResponse<String> existing = anonymous("/courses/index.xhtml", "en");
        assertEquals(302, existing.statusCode());
        assertTrue(existing.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    void aLearnerOpeningARegistryPageIsToldItIsNotForTheirRole(TestInfo test) throws Exception {
        WebSession learner = WebSession.signedIn("learner", Api.DEMO_PASSWORD);
        HttpResponse<String> registry = learner.get("/registry/index.xhtml");
        assertEquals(403, registry.statusCode());
        assertTrue(registry.body().contains("This page is not for your role"), registry.body());
        assertFalse(registry.body().contains("AuthorizationFailed"));
        HttpResponse<String> missing = learner.get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("This page does not exist"));
        try {
            browser.signIn("learner", Api.DEMO_PASSWORD);
            // an id that is not a number names nothing: one message, as for an id of nothing
            for (String id : new String[]{"abc", "999999999"}) {
                browser.open("/courses/course.xhtml?id=" + id);
                browser.waitForText("pageMessages", "No such course");
                assertEquals(1, browser.driver.findElements(By.cssSelector("#pageMessages li")).size(), id);
            }
            browser.open("/admin/users.xhtml");
            browser.waitForText("errorTitle", "not for your role");
            browser.driver.findElement(By.id("errorBack")).click();
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/index.xhtml"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        } finally {
            browser.driver.manage().deleteAllCookies();
        }
    }
}
