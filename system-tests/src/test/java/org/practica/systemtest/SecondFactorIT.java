package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-factor sign-in through the API: a supervisor sets it up with codes computed as any
 * authenticator app computes them, then every token needs a code (each used once) or a recovery
 * code (each spent once); an administrator's password reset leaves it; removing it is an
 * administrator's separate, audited step.
 */
class SecondFactorIT {

    private static final String PASSWORD = "a supervisor's long phrase";

    @Test
    void aSupervisorSignsInWithACodeFromTheirApp() {
        String username = Api.newUser("twofactor", PASSWORD, "SUPERVISOR", "Demo Union of Journalists");
        String token = Api.token(username, PASSWORD);
        assertFalse(Api.get("/api/v1/me/second-factor", token).json().getBoolean("on"));

        JsonObject enrolment = Api.post("/api/v1/me/second-factor", token, "").json();
        String secret = enrolment.getString("secret");
        assertTrue(enrolment.getString("uri").startsWith("otpauth://totp/Practica%3A" + username + "?secret=" + secret), enrolment.toString());
        Api.Reply wrongFirst = Api.post("/api/v1/me/second-factor/confirm", token, code("000000"));
        assertEquals(400, wrongFirst.status());
        assertEquals("code", wrongFirst.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        long step = Totp.stepNow();
        Api.Reply confirmed = Api.post("/api/v1/me/second-factor/confirm", token, code(Totp.code(secret, step)));
        assertEquals(200, confirmed.status(), confirmed.body());
        List<String> recovery = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(10, recovery.size());

        Api.Reply passwordOnly = Api.post("/api/v1/auth/token", null, Api.credentials(username, PASSWORD));
        assertEquals(401, passwordOnly.status());
        assertEquals("otp", passwordOnly.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(401, signIn(username, "123456").status(), "a wrong code");
        String next = Totp.code(secret, step + 1);
        Api.Reply withCode = signIn(username, next);
        assertEquals(200, withCode.status(), withCode.body());
        assertEquals(401, signIn(username, next).status(), "a code counts once");
        assertEquals(200, signIn(username, recovery.get(0)).status(), "a recovery code stands in for the phone");
        assertEquals(401, signIn(username, recovery.get(0)).status(), "once");
        assertEquals(9, Api.get("/api/v1/me/second-factor", withCode.json().getString("token")).json().getInt("recoveryCodesLeft"));

        String admin = Api.token("admin-journalists", Api.DEMO_PASSWORD);
        String temporary = Api.post("/api/v1/admin/users/" + username + "/password", admin, "").json().getString("temporaryPassword");
        Api.Reply afterReset = Api.post("/api/v1/auth/token", null, Json.createObjectBuilder().add("username", username)
                .add("password", temporary).add("newPassword", PASSWORD + " again").build().toString());
        assertEquals(401, afterReset.status(), "a reset never removes the second factor: " + afterReset.body());
        assertTrue(Api.get("/api/v1/admin/users/" + username, admin).json().getBoolean("secondFactorOn"));

        assertEquals(204, Api.delete("/api/v1/admin/users/" + username + "/second-factor", admin).status());
        assertFalse(Api.get("/api/v1/admin/users/" + username, admin).json().getBoolean("secondFactorOn"));
        Api.Reply own = Api.post("/api/v1/auth/token", null, Json.createObjectBuilder().add("username", username)
                .add("password", temporary).add("newPassword", PASSWORD + " again").build().toString());
        assertEquals(200, own.status(), own.body());
        String history = Api.get("/api/v1/me/history", own.json().getString("token")).body();
        assertTrue(history.contains("user.secondFactorOn") && history.contains("user.secondFactorRemoved"), history);
    }

    @Test
    void learnersAreNotOfferedASecondFactorAndItsOwnerTurnsItOffWithACode() {
        String learner = Api.token(Api.newLearner("nofactor", PASSWORD), PASSWORD);
        assertEquals(403, Api.post("/api/v1/me/second-factor", learner, "").status());

        String username = Api.newUser("turnsoff", PASSWORD, "TRAINER", "Practica Demo Resource Centre");
        String token = Api.token(username, PASSWORD);
        String secret = Api.post("/api/v1/me/second-factor", token, "").json().getString("secret");
        long step = Totp.stepNow();
        assertEquals(200, Api.post("/api/v1/me/second-factor/confirm", token, code(Totp.code(secret, step))).status());
        assertEquals(400, Api.post("/api/v1/me/second-factor/off", token, code("999999")).status());
        assertEquals(204, Api.post("/api/v1/me/second-factor/off", token, code(Totp.code(secret, step + 1))).status());
        assertEquals(200, Api.post("/api/v1/auth/token", null, Api.credentials(username, PASSWORD)).status(), "the password alone again");
    }

    private static String code(String code) {
        return Json.createObjectBuilder().add("code", code).build().toString();
    }

    private static Api.Reply signIn(String username, String otp) {
        return Api.post("/api/v1/auth/token", null, Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).add("otp", otp).build().toString());
    }
}
