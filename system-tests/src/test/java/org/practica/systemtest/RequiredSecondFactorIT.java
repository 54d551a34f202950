package org.practica.systemtest;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An installation that requires a second factor for staff (PRACTICA_REQUIRE_SECOND_FACTOR=true in
 * server.env, the server restarted): a supervisor without one gets no token and sees only their
 * account page until they set one up; a learner is not asked. The same restart serves as an
 * installation behind https: cookies are Secure and HSTS is sent. The settings are taken out
 * again afterwards, with a second restart, so the other tests find the server as it was.
 */
class RequiredSecondFactorIT {

    private static final String PASSWORD = "staff must use a phone";

    @Test
    void staffWithoutASecondFactorMustSetOneUpFirst() throws Exception {
        String supervisor = Api.newUser("required", PASSWORD, "SUPERVISOR", "Practica Demo Resource Centre");
        String learner = Api.newLearner("notrequired", PASSWORD);
        Path env = ServerUnderTest.serverDir().resolve("server.env");
        List<String> before = Files.exists(env) ? Files.readAllLines(env, StandardCharsets.UTF_8) : List.of();
        List<String> required = new ArrayList<>(before);
        required.add("PRACTICA_REQUIRE_SECOND_FACTOR=true");
        // and, as an installation behind https would: Secure cookies, HSTS
        required.add("PRACTICA_SECURE_COOKIES=true");
        required.add("PRACTICA_PUBLIC_URL=https://practica.example.org");
        Files.write(env, required, StandardCharsets.UTF_8);
        try {
            ServerUnderTest.restart();

            Api.Reply token = Api.post("/api/v1/auth/token", null, Api.credentials(supervisor, PASSWORD));
            assertEquals(403, token.status(), token.body());
            assertTrue(token.json().getString("type").endsWith("/second-factor-enrolment-required"), token.body());

            WebSession web = WebSession.signedIn(supervisor, PASSWORD);
            assertTrue(web.cookies.seen.stream().filter(c -> c.startsWith("PRACTICA_SESSION=") || c.startsWith("practica-signin="))
                    .allMatch(c -> c.contains("Secure")), web.cookies.seen.toString());
            assertTrue(web.get("/login.xhtml").headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                    "browsers are told to use https only");
            HttpResponse<String> page = web.get("/mentoring/index.xhtml");
            assertEquals(302, page.statusCode());
            assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/account.xhtml"));
            assertTrue(web.get("/account.xhtml").body().contains("secondFactorCard"));

            assertEquals(200, Api.post("/api/v1/auth/token", null, Api.credentials(learner, PASSWORD)).status(), "learners are not asked");
        } finally {
            Files.write(env, before, StandardCharsets.UTF_8);
            ServerUnderTest.restart();
        }
        assertEquals(200, Api.post("/api/v1/auth/token", null, Api.credentials(supervisor, PASSWORD)).status());
    }
}
