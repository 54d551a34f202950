package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation's administrator manages that organisation's accounts only (a reset of a
 * supervisor's password elsewhere, to read their mentees' notes, is refused as "not found"); a
 * reset gives a one-time password that must be replaced at the next sign-in, ends every session
 * and token, and shows in the person's own account history.
 */
class AdministrativeReachIT {

    private static final String MEDIA = "Demo Union of Journalists";

    @Test
    void anOrganisationsAdministratorReachesTheirOwnAccountsOnly() {
        String orgAdmin = Api.token("admin-journalists", Api.DEMO_PASSWORD);
        List<String> listed = Api.get("/api/v1/admin/users", orgAdmin).array().stream()
                .map(v -> v.asJsonObject().getString("username")).toList();
        assertTrue(listed.contains("journalist") && listed.contains("registrar-journalists"), listed.toString());
        assertFalse(listed.contains("supervisor") || listed.contains("admin") || listed.contains("learner"), listed.toString());

        assertEquals(404, Api.get("/api/v1/admin/users/supervisor", orgAdmin).status());
        assertEquals(404, Api.post("/api/v1/admin/users/supervisor/password", orgAdmin, "").status(),
                "no reset of a supervisor in another organisation");
        assertEquals(200, Api.get("/api/v1/me", Api.token("supervisor", Api.DEMO_PASSWORD)).status(), "whose password still works");

        long centre = organisationId("Practica Demo Resource Centre");
        Api.Reply elsewhere = Api.post("/api/v1/admin/users", orgAdmin, account(Api.unique("placed"), centre, "LEARNER", null));
        assertEquals(400, elsewhere.status(), elsewhere.body());
        assertEquals("organisationId", elsewhere.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(1, Api.get("/api/v1/admin/organisations", orgAdmin).array().size(), "their organisation only");
        assertEquals(403, Api.post("/api/v1/admin/organisations", orgAdmin,
                "{\"name\":\"" + Api.unique("Another") + "\",\"country\":\"KG\",\"kind\":\"NGO\"}").status());
        Api.Reply promote = Api.post("/api/v1/admin/users", orgAdmin, account(Api.unique("boss"), organisationId(MEDIA), "ADMIN", true));
        assertEquals(400, promote.status(), "only a platform administrator makes one: " + promote.body());
    }

    @Test
    void aPlatformAdministratorIsBeyondTheReachOfTheirOrganisationsAdministrators() {
        String platform = Api.token("admin", Api.DEMO_PASSWORD);
        long centre = organisationId("Practica Demo Resource Centre");
        String name = Api.unique("centre-admin");
        assertEquals(201, Api.post("/api/v1/admin/users", platform, account(name, centre, "ADMIN", null)).status());
        String centreAdmin = Api.token(name, "an administrator phrase");
        assertEquals(404, Api.post("/api/v1/admin/users/admin/password", centreAdmin, "").status(),
                "the platform administrator sits in the same organisation, yet is not theirs to reset");
        assertEquals(200, Api.get("/api/v1/admin/users/supervisor", centreAdmin).status(), "their own organisation's are");
    }

    @Test
    void aResetGivesAOneTimePasswordThatMustBeReplaced() throws Exception {
        String username = Api.newUser("reset", "the phrase they chose", "SUPERVISOR", MEDIA);
        String before = Api.token(username, "the phrase they chose");
        WebSession web = WebSession.signedIn(username, "the phrase they chose");

        Api.Reply reset = Api.post("/api/v1/admin/users/" + username + "/password", Api.token("admin-journalists", Api.DEMO_PASSWORD), "");
        assertEquals(200, reset.status(), reset.body());
        assertTrue(reset.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "the one-time password is not kept");
        String temporary = reset.json().getString("temporaryPassword");
        assertTrue(temporary.matches("[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}"), temporary);
        assertEquals(401, Api.get("/api/v1/me", before).status(), "tokens end");
        assertFalse(web.serves("/index.xhtml"), "sessions end");
        assertEquals(401, Api.post("/api/v1/auth/token", null, Api.credentials(username, "the phrase they chose")).status());

        Api.Reply only = Api.post("/api/v1/auth/token", null, Api.credentials(username, temporary));
        assertEquals(403, only.status(), "no token for a one-time password alone: " + only.body());
        assertEquals("newPassword", only.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        WebSession afterReset = WebSession.signedIn(username, temporary);
        var page = afterReset.get("/index.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/account.xhtml"), "to the account page first");
        assertTrue(afterReset.get("/account.xhtml").body().contains("one-time password"));

        Api.Reply replaced = Api.post("/api/v1/auth/token", null, Json.createObjectBuilder().add("username", username)
                .add("password", temporary).add("newPassword", "a phrase of my own again").build().toString());
        assertEquals(200, replaced.status(), replaced.body());
        String token = replaced.json().getString("token");
        assertEquals(401, Api.post("/api/v1/auth/token", null, Api.credentials(username, temporary)).status(), "one time only");

        List<JsonObject> history = Api.get("/api/v1/me/history", token).array().stream().map(JsonValue::asJsonObject).toList();
        assertTrue(history.stream().anyMatch(e -> e.getString("action").equals("user.passwordReset") && e.getString("by").equals("admin-journalists")),
                history.toString());
        assertTrue(history.stream().anyMatch(e -> e.getString("action").equals("user.passwordChanged")), history.toString());
        assertNotEquals(temporary, "a phrase of my own again");
    }

    private static String account(String username, long organisation, String role, Boolean platform) {
        var b = Json.createObjectBuilder().add("username", username).add("displayName", "Test " + username)
                .add("organisationId", organisation).add("roles", Json.createArrayBuilder().add(role))
                .add("password", "an administrator phrase");
        if (platform != null) {
            b.add("platformAdministrator", platform);
        }
        return b.build().toString();
    }

    private static long organisationId(String name) {
        return Api.get("/api/v1/admin/organisations", Api.token("admin", Api.DEMO_PASSWORD)).array().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("name").equals(name))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
