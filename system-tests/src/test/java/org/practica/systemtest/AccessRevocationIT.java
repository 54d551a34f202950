package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokens and web sessions end the moment their account changes: disabled, a role removed, the
 * password reset by an administrator or changed by its owner. A correctly signed token for a name
 * with no account is refused.
 */
class AccessRevocationIT {

    private static final String PASSWORD = "an old and trusted phrase";

    @Test
    void disablingAnAccountEndsItsTokensAndSessionsAtOnce() throws Exception {
        String username = Api.newLearner("disabled", PASSWORD);
        String token = Api.token(username, PASSWORD);
        WebSession web = WebSession.signedIn(username, PASSWORD);
        assertEquals(200, Api.get("/api/v1/me", token).status());
        assertTrue(web.serves("/index.xhtml"));

        assertEquals(200, edit(username, false, "LEARNER").status());
        revoked(token);
        assertFalse(web.serves("/index.xhtml"), "the web session ended with the account");
        assertEquals(401, Api.post("/api/v1/auth/token", null, Api.credentials(username, PASSWORD)).status());

        assertEquals(200, edit(username, true, "LEARNER").status());
        revoked(token);   // enabled again, but what was issued before the change stays ended
        assertEquals(200, Api.get("/api/v1/me", Api.token(username, PASSWORD)).status());
    }

    @Test
    void removingARoleEndsTokensIssuedWithIt() throws Exception {
        String username = Api.newUser("demoted", PASSWORD, "TRAINER", "Practica Demo Resource Centre");
        String token = Api.token(username, PASSWORD);
        WebSession web = WebSession.signedIn(username, PASSWORD);
        assertEquals(200, Api.get("/api/v1/me", token).status());

        assertEquals(200, edit(username, true, "LEARNER").status());
        revoked(token);
        assertFalse(web.serves("/index.xhtml"));
        String fresh = Api.token(username, PASSWORD);
        assertEquals("[\"LEARNER\"]", Api.get("/api/v1/me", fresh).json().getJsonArray("roles").toString());
    }

    @Test
    void aPasswordResetEndsEverySessionAndToken() throws Exception {
        String username = Api.newLearner("reset", PASSWORD);
        String token = Api.token(username, PASSWORD);
        WebSession web = WebSession.signedIn(username, PASSWORD);
        assertEquals(200, Api.post("/api/v1/admin/users/" + username + "/password", admin(), "").status());
        revoked(token);
        assertFalse(web.serves("/index.xhtml"));
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndTokens() throws Exception {
        String username = Api.newLearner("changer", PASSWORD);
        String token = Api.token(username, PASSWORD);
        WebSession elsewhere = WebSession.signedIn(username, PASSWORD);
        assertEquals(204, Api.put("/api/v1/me/password", token,
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a brand new phrase\"}").status());
        revoked(token);
        assertFalse(elsewhere.serves("/index.xhtml"));
        assertEquals(200, Api.get("/api/v1/me", Api.token(username, "a brand new phrase")).status());
    }

    /** Signed with the installation's own key, as someone who stole it would; the name has no account. */
    @Test
    void aSignedTokenForANameWithNoAccountIsRefused() throws Exception {
        String kid;
        byte[] privateKey;
        try (Connection db = ServerUnderTest.database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT kid, private_key FROM signing_key ORDER BY created_at DESC LIMIT 1")) {
            assertTrue(r.next());
            kid = r.getString(1);
            privateKey = r.getBytes(2);
        }
        String ghost = Api.unique("ghost");
        long now = Instant.now().getEpochSecond();
        String header = json(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", kid).build());
        String claims = json(Json.createObjectBuilder().add("iss", "practica").add("sub", ghost).add("upn", ghost)
                .add("groups", Json.createArrayBuilder().add("ADMIN")).add("practica_stamp", 0)
                .add("iat", now).add("exp", now + 600).add("jti", ghost).build());
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        String forged = header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        Api.Reply r = Api.get("/api/v1/admin/users", forged);
        assertEquals(401, r.status(), r.body());
    }

    private static String json(JsonObject o) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void revoked(String token) {
        Api.Reply r = Api.get("/api/v1/me", token);
        assertEquals(401, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.json().getString("detail").contains("no longer counts"), r.body());
    }

    private static String admin() {
        return Api.token("admin", Api.DEMO_PASSWORD);
    }

    private static Api.Reply edit(String username, boolean enabled, String... roles) {
        String admin = admin();
        JsonObject now = Api.get("/api/v1/admin/users/" + username, admin).json();
        JsonArrayBuilder r = Json.createArrayBuilder();
        for (String role : roles) {
            r.add(role);
        }
        return Api.put("/api/v1/admin/users/" + username, admin, Json.createObjectBuilder()
                .add("displayName", now.getString("displayName")).add("organisationId", now.getJsonNumber("organisationId").longValue())
                .add("roles", r).add("language", now.getString("language")).add("enabled", enabled).build().toString());
    }
}
