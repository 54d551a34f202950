package org.practica.systemtest;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void demoLearnerGetsATokenAndSeesWhoTheyAre() {
        String token = Api.token("learner", Api.DEMO_PASSWORD);
        Api.Reply me = Api.get("/api/v1/me", token);
        assertEquals(200, me.status());
        JsonObject body = me.json();
        assertEquals("learner", body.getString("username"));
        assertEquals("LEARNER", body.getJsonArray("roles").getString(0));
        assertEquals("en", body.getString("language"));
        assertTrue(body.getJsonObject("organisation").getString("name").length() > 0);
    }

    @Test
    void tokenIsAnRs256JwtWithMicroProfileClaims() {
        String[] parts = Api.token("trainer", Api.DEMO_PASSWORD).split("\\.");
        assertEquals(3, parts.length);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        assertTrue(header.contains("\"RS256\""), header);
        assertTrue(claims.contains("\"upn\":\"trainer\"") && claims.contains("\"groups\":[\"TRAINER\"]"), claims);
        assertEquals(200, Api.get("/api/v1/auth/jwks", null).status());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameProblem() {
        Api.Reply wrong = Api.post("/api/v1/auth/token", null, Api.credentials("admin", "not-the-password"));
        Api.Reply unknown = Api.post("/api/v1/auth/token", null, Api.credentials(Api.unique("ghost"), "not-the-password"));
        for (Api.Reply r : new Api.Reply[]{wrong, unknown}) {
            assertEquals(401, r.status());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
        assertEquals(wrong.json().getString("detail"), unknown.json().getString("detail"));
    }

    /**
     * Wrong passwords slow a name down instead of locking it: three are free, then each attempt
     * must wait (429 with Retry-After, the password not even checked), the same for a name that
     * does not exist, and once the wait is over the owner signs in.
     */
    @Test
    void wrongPasswordsSlowANameDownTheSameWhetherItExistsOrNot() throws Exception {
        String address = Api.ownLoopbackAddress();
        String username = Api.newLearner("slowed", PASSWORD);
        String ghost = Api.unique("ghost");
        for (String name : new String[]{username, ghost}) {
            for (int i = 0; i < 4; i++) {
                String[] refused = Api.sendFrom(address, "POST", "/api/v1/auth/token", Api.credentials(name, "wrong-" + i));
                assertTrue(refused[0].contains(" 401 "), name + " attempt " + i + ": " + refused[1]);
            }
            String[] tooSoon = Api.sendFrom(address, "POST", "/api/v1/auth/token", Api.credentials(name, PASSWORD));
            assertTrue(tooSoon[0].contains(" 429 "), name + ": even the right password waits: " + tooSoon[1]);
            assertTrue(tooSoon[1].contains("Retry-After: 1"), tooSoon[1]);
            assertTrue(tooSoon[1].contains("application/problem+json"), tooSoon[1]);
        }
        Thread.sleep(1100);
        assertTrue(Api.sendFrom(address, "POST", "/api/v1/auth/token", Api.credentials(username, PASSWORD))[0].contains(" 200 "),
                "the owner signs in once the wait is over");
    }

    /** An address that keeps failing, over many names, is cut short too; other addresses carry on. */
    @Test
    void anAddressThatKeepsFailingIsCutShort() throws Exception {
        String address = Api.ownLoopbackAddress();
        int refusedAt = -1;
        for (int i = 1; i <= 40 && refusedAt < 0; i++) {
            String[] r = Api.sendFrom(address, "POST", "/api/v1/auth/token", Api.credentials(Api.unique("spray"), "guess-" + i));
            if (r[0].contains(" 429 ")) {
                refusedAt = i;
            } else {
                assertTrue(r[0].contains(" 401 "), r[1]);
            }
        }
        // thirty a minute, refilled as the minute goes on: a few more while these take their time
        assertTrue(refusedAt >= 31 && refusedAt <= 38, "about thirty failures a minute per address, refused at " + refusedAt);
        // the bucket gains a failure back every two seconds, so a right password sent just after a
        // token came back passes; cut short again and retried, it is refused while the bucket is empty
        boolean rightPasswordRefused = false;
        for (int round = 0; round < 3 && !rightPasswordRefused; round++) {
            while (!Api.sendFrom(address, "POST", "/api/v1/auth/token", Api.credentials(Api.unique("spray"), "again"))[0].contains(" 429 ")) {
                // spend what came back
            }
            rightPasswordRefused = Api.sendFrom(address, "POST", "/api/v1/auth/token",
                    Api.credentials("learner", Api.DEMO_PASSWORD))[0].contains(" 429 ");
        }
        assertTrue(rightPasswordRefused, "not even a right password from that address");
        assertEquals(200, Api.post("/api/v1/auth/token", null, Api.credentials("learner", Api.DEMO_PASSWORD)).status(),
                "other addresses carry on");
    }

    @Test
    void malformedMissingAndOverlongInputGetProblemsNamingTheField() {
        Api.Reply malformed = Api.post("/api/v1/auth/token", null, "{\"username\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));

        Api.Reply missing = Api.post("/api/v1/auth/token", null, "{\"username\":\"admin\"}");
        assertEquals(400, missing.status());
        assertEquals("password", missing.json().getString("field"));

        Api.Reply overlong = Api.post("/api/v1/auth/token", null, Api.credentials("a".repeat(65), "whatever-password"));
        assertEquals(400, overlong.status());
        assertEquals("username", overlong.json().getString("field"));

        Api.Reply empty = Api.post("/api/v1/auth/token", null, "");
        assertEquals(400, empty.status());
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        Api.Reply issued = Api.post("/api/v1/auth/token", null,
                "{\"username\":\"learner\",\"password\":\"practica-demo\",\"expiresInSeconds\":1}");
        assertEquals(200, issued.status());
        String token = issued.json().getString("token");
        Thread.sleep(1500);
        Api.Reply late = Api.get("/api/v1/me", token);
        assertEquals(401, late.status());
        assertTrue(late.contentType().startsWith("application/problem+json"));
        assertTrue(late.json().getString("detail").contains("expired"), late.body());
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = Api.token("learner", Api.DEMO_PASSWORD);
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("LEARNER", "ADMIN").getBytes());
        assertNotEquals(parts[1], forgedClaims);
        Api.Reply r = Api.get("/api/v1/admin/users", parts[0] + "." + forgedClaims + "." + parts[2]);
        assertEquals(401, r.status());
    }

    @Test
    void noTokenMeans401AndALearnerIsForbiddenAdministration() {
        Api.Reply anonymous = Api.get("/api/v1/me", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"));

        Api.Reply learner = Api.get("/api/v1/admin/users", Api.token("learner", Api.DEMO_PASSWORD));
        assertEquals(403, learner.status());
        assertTrue(learner.contentType().startsWith("application/problem+json"));
    }

    @Test
    void problemsSpeakRussianWhenAsked() {
        Api.Reply r = Api.send(Api.request("/api/v1/me", null).header("Accept-Language", "ru-RU,ru;q=0.9").GET());
        assertEquals(401, r.status());
        assertEquals("Требуется вход", r.json().getString("title"));
    }
}
