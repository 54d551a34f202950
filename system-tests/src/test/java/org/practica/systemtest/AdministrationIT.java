package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdministrationIT {

    private final String admin = Api.token("admin", Api.DEMO_PASSWORD);

    private long firstOrganisation() {
        return Api.get("/api/v1/admin/organisations", admin).array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private int userCount() {
        return Api.get("/api/v1/admin/users", admin).array().size();
    }

    @Test
    void invalidAccountsAreRefusedAndNothingIsStored() {
        int before = userCount();
        long organisation = firstOrganisation();
        String[][] cases = {
                {"username", Json.createObjectBuilder().add("username", "Bad Name!").add("displayName", "X")
                        .add("organisationId", organisation).add("roles", Json.createArrayBuilder().add("LEARNER"))
                        .add("password", "long enough password").build().toString()},
                {"displayName", Json.createObjectBuilder().add("username", Api.unique("toolong")).add("displayName", "x".repeat(201))
                        .add("organisationId", organisation).add("roles", Json.createArrayBuilder().add("LEARNER"))
                        .add("password", "long enough password").build().toString()},
                {"roles", Json.createObjectBuilder().add("username", Api.unique("noroles")).add("displayName", "X")
                        .add("organisationId", organisation).add("roles", Json.createArrayBuilder())
                        .add("password", "long enough password").build().toString()},
                {"password", Json.createObjectBuilder().add("username", Api.unique("weak")).add("displayName", "X")
                        .add("organisationId", organisation).add("roles", Json.createArrayBuilder().add("LEARNER"))
                        .add("password", "short").build().toString()},
                {"organisationId", Json.createObjectBuilder().add("username", Api.unique("noorg")).add("displayName", "X")
                        .add("organisationId", 987654321).add("roles", Json.createArrayBuilder().add("LEARNER"))
                        .add("password", "long enough password").build().toString()},
        };
        for (String[] c : cases) {
            Api.Reply r = Api.post("/api/v1/admin/users", admin, c[1]);
            assertEquals(400, r.status(), r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertEquals(c[0], r.json().getString("field"), r.body());
        }
        assertEquals(before, userCount());
    }

    @Test
    void everyProblemOfANewAccountIsNamedInOneAnswer() {
        Api.Reply r = Api.post("/api/v1/admin/users", admin, Json.createObjectBuilder().add("username", "x")
                .add("email", "not-an-address").add("password", "short").build().toString());
        assertEquals(400, r.status(), r.body());
        java.util.Set<String> fields = r.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of("username", "password", "displayName", "email", "organisationId", "roles"), fields, r.body());
    }

    @Test
    void aTakenUsernameIsAConflict() {
        String existing = Api.newLearner("dup", "long enough password");
        Api.Reply r = Api.post("/api/v1/admin/users", admin, Json.createObjectBuilder().add("username", existing)
                .add("displayName", "Twin").add("organisationId", firstOrganisation())
                .add("roles", Json.createArrayBuilder().add("LEARNER")).add("password", "long enough password").build().toString());
        assertEquals(409, r.status());
        assertEquals("username", r.json().getString("field"));
    }

    @Test
    void adminEditsRolesAndDisablesAnAccountWhichThenCannotSignIn() {
        String username = Api.newLearner("edit", "long enough password");
        Api.Reply updated = Api.put("/api/v1/admin/users/" + username, admin, Json.createObjectBuilder()
                .add("displayName", "Edited Person").add("organisationId", firstOrganisation())
                .add("roles", Json.createArrayBuilder().add("LEARNER").add("SUPERVISOR"))
                .add("language", "ru").add("enabled", false).build().toString());
        assertEquals(200, updated.status(), updated.body());
        JsonObject view = updated.json();
        assertEquals(2, view.getJsonArray("roles").size());
        assertEquals("ru", view.getString("language"));
        assertEquals(401, Api.post("/api/v1/auth/token", null, Api.credentials(username, "long enough password")).status());
    }

    @Test
    void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String username = Api.newLearner("ownpw", "first pass phrase");
        String token = Api.token(username, "first pass phrase");
        Api.Reply wrongCurrent = Api.put("/api/v1/me/password", token,
                "{\"currentPassword\":\"not it at all\",\"newPassword\":\"second pass phrase\"}");
        assertEquals(400, wrongCurrent.status());
        assertEquals("currentPassword", wrongCurrent.json().getString("field"));
        assertEquals(204, Api.put("/api/v1/me/password", token,
                "{\"currentPassword\":\"first pass phrase\",\"newPassword\":\"second pass phrase\"}").status());
        assertEquals(401, Api.post("/api/v1/auth/token", null, Api.credentials(username, "first pass phrase")).status());
        assertEquals(200, Api.post("/api/v1/auth/token", null, Api.credentials(username, "second pass phrase")).status());
    }

    @Test
    void organisationsAreCreatedOnceByName() {
        String name = Api.unique("Resource centre");
        Api.Reply created = Api.post("/api/v1/admin/organisations", admin,
                "{\"name\":\"" + name + "\",\"country\":\"kg\",\"kind\":\"RESOURCE_CENTRE\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals("KG", created.json().getString("country"));
        assertEquals(409, Api.post("/api/v1/admin/organisations", admin,
                "{\"name\":\"" + name + "\",\"kind\":\"NGO\"}").status());
        assertEquals("kind", Api.post("/api/v1/admin/organisations", admin,
                "{\"name\":\"" + Api.unique("Other") + "\",\"kind\":\"CLUB\"}").json().getString("field"));
    }
}
