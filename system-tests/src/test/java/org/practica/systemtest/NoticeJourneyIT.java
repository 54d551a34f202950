package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The privacy notice and consents as people meet them: a platform administrator publishes a new
 * version; a learner is asked for it at their next sign-in, can go nowhere else until they accept,
 * then goes on where they were going; on their account page they give and withdraw an optional
 * consent; the notice reads in Russian.
 */
class NoticeJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "small print read in full";

    /** The interface languages a version must be written in, English first. */
    static final List<String> INTERFACE_LANGUAGES = List.of("en", "ru", "kk", "uz", "ky", "tg", "sq", "ar");

    private static String texts(String privacyEn, String privacyRu, String termsEn, String termsRu) {
        var privacy = Json.createObjectBuilder().add("en", privacyEn).add("ru", privacyRu);
        var terms = Json.createObjectBuilder().add("en", termsEn).add("ru", termsRu);
        for (String code : INTERFACE_LANGUAGES.subList(2, INTERFACE_LANGUAGES.size())) {
            privacy.add(code, privacyEn + " [" + code + "]");
            terms.add(code, termsEn + " [" + code + "]");
        }
        return Json.createObjectBuilder().add("privacy", privacy).add("terms", terms).build().toString();
    }

    @Test
    void aNewVersionIsAskedForAtTheNextSignInAndAConsentIsGivenAndWithdrawn(TestInfo test) {
        String person = Api.newLearner("notice-reader", PASSWORD);
        Api.acceptNotice(person, PASSWORD);
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String marker = Api.unique("kept for five years");
        String markerRu = "хранятся пять лет " + marker.substring(marker.length() - 8);

        // only a platform administrator publishes, and a version lacking a language is refused whole
        Api.Reply notPlatform = Api.post("/api/v1/admin/notices", Api.token("admin-journalists", Api.DEMO_PASSWORD),
                texts("a", "б", "c", "д"));
        assertEquals(403, notPlatform.status(), notPlatform.body());
        Api.Reply incomplete = Api.post("/api/v1/admin/notices", admin, Json.createObjectBuilder()
                .add("privacy", Json.createObjectBuilder().add("en", "Only English")).add("terms", Json.createObjectBuilder())
                .build().toString());
        assertEquals(400, incomplete.status(), incomplete.body());
        List<String> missing = new java.util.ArrayList<>();
        INTERFACE_LANGUAGES.stream().skip(1).forEach(code -> missing.add("privacy." + code));
        INTERFACE_LANGUAGES.forEach(code -> missing.add("terms." + code));
        assertEquals(missing, incomplete.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList(), "every missing language is named, none of the others");
        int before = Api.get("/api/v1/notice", null).json().getInt("version");

        try {
            // the platform administrator publishes the next version in the browser, after a confirmation
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/notice.xhtml");
            browser.type("noticeForm:privacy-en", "Session records are " + marker + ".");
            browser.type("noticeForm:privacy-ru", "Записи сессий " + markerRu + ".");
            browser.type("noticeForm:terms-en", "Be kind.");
            browser.type("noticeForm:terms-ru", "Будьте добры.");
            browser.click("noticeForm:publish-ask");
            browser.click("noticeForm:publish");
            browser.waitForText("pageMessages", "Version " + (before + 1) + " of the privacy notice and terms has been published.");
            browser.checkPage();
            browser.signOut();
            JsonObject current = Api.get("/api/v1/notice", null).json();
            assertEquals(before + 1, current.getInt("version"));

            // the API tells a client what is to be accepted
            Api.Reply token = Api.post("/api/v1/auth/token", null, Api.credentials(person, PASSWORD));
            assertEquals(before + 1, token.json().getInt("noticeToAccept"));
            assertTrue(Api.get("/api/v1/me/notice", token.json().getString("token")).json().getBoolean("pending"));

            // the learner is asked at sign-in and goes nowhere else until they accept
            browser.signInOnly(person, PASSWORD);
            browser.wait.until(d -> d.getCurrentUrl().contains("/notice.xhtml"));
            browser.waitForText("privacyText", marker);
            browser.checkPage();
            browser.open("/courses/index.xhtml");
            assertTrue(browser.driver.getCurrentUrl().contains("/notice.xhtml"), browser.driver.getCurrentUrl());
            browser.click("noticeForm:accept");
            browser.wait.until(d -> d.getCurrentUrl().contains("/courses/index.xhtml"));
            JsonObject standing = Api.get("/api/v1/me/notice", token.json().getString("token")).json();
            assertEquals(before + 1, standing.getInt("accepted"));
            assertFalse(standing.getBoolean("pending"));

            // an optional consent, given then withdrawn, each choice kept with its time
            browser.open("/account.xhtml");
            browser.waitForText("noticeStanding", "You accepted version " + (before + 1));
            assertFalse(browser.driver.findElement(By.id("consentForm:statistics")).isSelected(), "nothing is allowed unasked");
            browser.click("consentForm:statistics");
            browser.click("consentForm:saveConsents");
            browser.waitForText("pageMessages", "will be counted in anonymous statistics");
            assertTrue(consent(person, token.json().getString("token")));
            browser.click("consentForm:statistics");
            browser.click("consentForm:saveConsents");
            browser.waitForText("pageMessages", "are not counted in statistics");
            browser.waitForText("since-STATISTICS", "Withdrawn on");
            browser.checkPage();
            assertFalse(consent(person, token.json().getString("token")));
            String auditor = Api.token("auditor", Api.DEMO_PASSWORD);
            assertEquals(List.of("consent.withdrawn", "consent.given", "notice.accepted"),
                    Api.get("/api/v1/audit/events?person=" + person, auditor).json().getJsonArray("lines").stream()
                            .map(l -> l.asJsonObject().getString("action")).filter(a -> !a.startsWith("user.")).toList().subList(0, 3));

            // in Russian, the notice in Russian
            browser.chooseLanguage("ru");
            browser.waitForText(By.tagName("h1"), "Мой профиль");
            browser.open("/privacy.xhtml");
            browser.waitForText("privacyText", markerRu);
            browser.checkPage();
            browser.open("/account.xhtml");
            browser.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }

    private static boolean consent(String person, String token) {
        return Api.get("/api/v1/me/consents", token).array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("purpose").equals("STATISTICS")).findFirst().orElseThrow().getBoolean("granted");
    }
}
