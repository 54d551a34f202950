package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names kept in several languages (themes, audience tracks, professional bodies, programme titles)
 * shown in the reader's: an administrator names a new theme and a new body in Kazakh, through the
 * API and the admin pages, and a Kazakh reader then meets those names in the catalogue, the
 * certificates page and the registry; a name with no Kazakh version is shown in English, marked
 * as such.
 */
class ContentNamesJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "names in every language";

    @Test
    void anAdministratorNamesThemesThroughTheApiAndOnlyAnAdministrator() {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String title = Api.unique("Named themes");
        CourseFixtures.newCourse(trainer, title);
        String theme = "integration-" + title.hashCode();
        // a tag nobody used before became a theme, named from the tag in the course's language
        JsonObject adopted = themeNamed(Api.get("/api/v1/themes", trainer), theme);
        assertEquals(Json.createObjectBuilder().add("en", "I" + theme.replace('-', ' ').substring(1)).build(), adopted.getJsonObject("names"));
        String names = Json.createObjectBuilder().add("names", Json.createObjectBuilder().add("en", "Peer support").add("kk", "Құрдастар қолдауы"))
                .build().toString();
        assertEquals(403, Api.put("/api/v1/themes/" + theme, trainer, names).status(), "trainers tag, administrators name");
        Api.Reply blank = Api.put("/api/v1/themes/" + theme, admin, "{\"names\":{\"en\":\" \"}}");
        assertEquals(400, blank.status(), blank.body());
        assertTrue(blank.contentType().startsWith("application/problem+json"), blank.contentType());
        assertEquals("names", blank.json().getString("field"));
        assertEquals(404, Api.put("/api/v1/themes/no-such-theme-" + title.hashCode(), admin, names).status());
        Api.Reply renamed = Api.put("/api/v1/themes/" + theme, admin, names);
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Құрдастар қолдауы", themeNamed(Api.get("/api/v1/themes", trainer), theme).getJsonObject("names").getString("kk"));
        assertEquals(409, Api.post("/api/v1/themes", admin, Json.createObjectBuilder().add("code", theme)
                .add("names", Json.createObjectBuilder().add("en", "Again")).build().toString()).status(), "a theme is added once");
        // the demo's own themes are named in every interface language
        JsonObject childRights = themeNamed(Api.get("/api/v1/themes", trainer), "child-rights").getJsonObject("names");
        assertEquals(8, childRights.size(), childRights.toString());
        assertEquals("حقوق الطفل", childRights.getString("ar"));
    }

    @Test
    void aKazakhReaderMeetsThemesAndBodiesInKazakhAndAFallbackMarked() {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String named = Api.unique("Kazakh themes");
        String unnamed = Api.unique("English themes");
        CourseFixtures.publishedCourse(trainer, named);
        CourseFixtures.publishedCourse(trainer, unnamed);
        String theme = "integration-" + named.hashCode();
        String englishOnly = "integration-" + unnamed.hashCode();
        String registrar = Api.newUser("kk-registrar", PASSWORD, "REGISTRAR", "Demo Association of Psychologists");
        String learner = Api.newLearner("kk-reader", PASSWORD);
        String bodyCode = "K" + (char) ('A' + Math.floorMod(named.hashCode(), 26)) + (char) ('A' + Math.floorMod(unnamed.hashCode(), 26))
                + (char) ('A' + Math.floorMod(registrar.hashCode(), 26));
        try {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/themes.xhtml");
            WebElement row = browser.driver.findElement(By.id("theme-" + theme));
            row.findElement(By.tagName("summary")).click();
            // every name taken away is refused beside the row, and nothing is saved
            WebElement english = browser.driver.findElement(By.id("name-en-" + theme));
            english.clear();
            row.findElement(By.cssSelector("input[type='submit']")).click();
            browser.waitForText(By.id("error-" + theme), "This field is required.");
            assertTrue(browser.driver.findElement(By.cssSelector("#theme-" + theme + " details")).getAttribute("open") != null,
                    "the refused row stays open");
            browser.type("name-en-" + theme, "Peer support");
            browser.type("name-kk-" + theme, "Құрдастар қолдауы");
            browser.driver.findElement(By.cssSelector("#theme-" + theme + " input[type='submit']")).click();
            browser.waitForText("pageMessages", "Peer support");
            assertTrue(browser.driver.findElement(By.id("theme-" + theme)).getText().contains("Қазақша"), "the languages it is named in");

            // a body registered with its Kazakh name beside the English one
            browser.open("/admin/bodies.xhtml");
            browser.type("registerForm:code", bodyCode);
            browser.type("registerForm:names-en", "Guild of Counsellors " + bodyCode);
            browser.type("registerForm:names-kk", "Кеңесшілер гильдиясы " + bodyCode);
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("registerForm:country"))).selectByValue("KZ");
            browser.type("registerForm:registrars", registrar);
            browser.click("registerForm:registerBody");
            browser.waitForText("pageMessages", "Guild of Counsellors " + bodyCode);
            browser.signOut();

            browser.signIn(learner, PASSWORD);
            browser.chooseLanguage("kk");
            browser.open("/courses/index.xhtml?theme=" + theme);
            WebElement tag = browser.driver.findElement(By.cssSelector(".tag-theme"));
            assertEquals("Құрдастар қолдауы", tag.getText());
            assertEquals("kk", tag.findElement(By.tagName("span")).getAttribute("lang"));
            assertTrue(browser.driver.findElement(By.cssSelector(".meta")).getText().contains("Мамандар (психологтар, әлеуметтік қызметкерлер)"),
                    "the audience track in Kazakh");
            assertEquals("Құрдастар қолдауы", new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("theme")))
                    .getFirstSelectedOption().getText(), "the filter names the theme in Kazakh too");
            browser.open("/courses/index.xhtml?theme=" + englishOnly);
            WebElement fallback = browser.driver.findElement(By.cssSelector(".tag-theme"));
            assertTrue(fallback.getText().startsWith("Integration "), fallback.getText());
            WebElement mark = fallback.findElement(By.cssSelector(".fallback-mark"));
            assertEquals("(English)", mark.getText());
            assertEquals("en", mark.getAttribute("lang"));
            assertTrue(mark.getAttribute("title").contains("English") && !mark.getAttribute("title").startsWith("Shown in"), mark.getAttribute("title"));
            // the demo's bodies and programmes, in Kazakh
            browser.open("/certificates/index.xhtml");
            String certificates = browser.driver.findElement(By.tagName("main")).getText();
            assertTrue(certificates.contains("Практик психологтардың демо-қауымдастығы"), certificates);
            assertTrue(certificates.contains("Жарақатты ескеретін тәжірибе маманы"), certificates);
            assertFalse(certificates.contains("Demo Association of Practising Psychologists"), certificates);
            browser.chooseLanguage("en");
            browser.signOut();

            browser.signIn(registrar, PASSWORD);
            browser.chooseLanguage("kk");
            browser.open("/registry/index.xhtml");
            browser.waitForText("bodyName", "Кеңесшілер гильдиясы " + bodyCode);
            assertEquals(List.of(), browser.driver.findElements(By.cssSelector("#bodyName .fallback-mark")), "named in Kazakh: no mark");
            browser.chooseLanguage("ru");
            browser.open("/registry/index.xhtml");
            browser.waitForText("bodyName", "Guild of Counsellors " + bodyCode);
            assertEquals("(English)", browser.driver.findElement(By.cssSelector("#bodyName .fallback-mark")).getText());
            browser.chooseLanguage("en");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("content-names");
            throw e;
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
    }

    private static JsonObject themeNamed(Api.Reply all, String code) {
        assertEquals(200, all.status(), all.body());
        return all.array().stream().map(v -> v.asJsonObject()).filter(t -> t.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not among " + all.body()));
    }
}
