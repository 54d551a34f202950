package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificates through the API with real MariaDB: a body and its registrar, programmes that only
 * their own body's registrars see, certificates issued at once or after approval, public
 * verification, revocation, expiry, renewal and re-issue, and serials without gaps.
 */
class CertificatesIT {

    private static final String PASSWORD = "certified practice";

    private static String admin;
    private static String registrar;
    private static String otherRegistrar;
    private static String learner;
    private static String freshLearner;
    private static String freshLearnerName;
    private static long body;
    private static String code;

    @BeforeAll
    static void bodies() {
        admin = Api.token("admin", Api.DEMO_PASSWORD);
        String registrarName = Api.newUser("registrar", PASSWORD, "REGISTRAR", "Demo Association of Psychologists");
        String otherName = Api.newUser("other-registrar", PASSWORD, "REGISTRAR", "Demo Union of Journalists");
        registrar = Api.token(registrarName, PASSWORD);
        otherRegistrar = Api.token(otherName, PASSWORD);
        learner = Api.token("learner", Api.DEMO_PASSWORD);
        freshLearnerName = Api.newLearner("fresh", PASSWORD);
        freshLearner = Api.token(freshLearnerName, PASSWORD);
        code = randomCode();
        String draft = Json.createObjectBuilder().add("code", code).add("name", "Test Guild " + code).add("country", "kz")
                .add("discipline", "psychology").add("registrars", Json.createArrayBuilder().add(registrarName)).build().toString();
        assertEquals(403, Api.post("/api/v1/bodies", registrar, draft).status(), "only admins register bodies");
        Api.Reply made = Api.post("/api/v1/bodies", admin, draft);
        assertEquals(201, made.status(), made.body());
        body = made.json().getJsonNumber("id").longValue();
        assertEquals(409, Api.post("/api/v1/bodies", admin, draft.replace("Test Guild", "Copy")).status(), "codes are unique");
        Api.Reply twice = Api.post("/api/v1/bodies", admin, draft.replace("\"" + code + "\"", "\"" + randomCode() + "\""));
        assertEquals(409, twice.status(), "a registrar serves one body: " + twice.body());
        assertEquals("registrars", twice.json().getString("field"));
        String other = Json.createObjectBuilder().add("code", randomCode()).add("name", "Other Guild").add("country", "KG")
                .add("discipline", "journalism").add("registrars", Json.createArrayBuilder().add(otherName)).build().toString();
        assertEquals(201, Api.post("/api/v1/bodies", admin, other).status());
    }

    private static String randomCode() {
        Random r = new Random();
        StringBuilder s = new StringBuilder("T");
        for (int i = 0; i < 5; i++) {
            s.append((char) ('A' + r.nextInt(26)));
        }
        return s.toString();
    }

    static String programme(String mode, JsonValue... requirements) {
        var reqs = Json.createArrayBuilder();
        for (JsonValue r : requirements) {
            reqs.add(r);
        }
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("en", "Supervised practitioner").add("ru", "Практик под супервизией"))
                .add("wording", Json.createObjectBuilder().add("en", "has practised under supervision"))
                .add("requirements", reqs).add("validityMonths", 24).add("renewalCpdHours", 0).add("renewalOpensDaysBefore", 60)
                .add("renewalGraceDays", 30).add("issuingMode", mode)
                .add("signatories", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Dana Seitkali").add("role", "Chair")))
                .build().toString();
    }

    static JsonObject supervisedHours(int hours) {
        return Json.createObjectBuilder().add("kind", "SUPERVISED_HOURS").add("hours", hours).build();
    }

    private static long define(String mode, JsonValue... requirements) {
        Api.Reply made = Api.post("/api/v1/programmes", registrar, programme(mode, requirements));
        assertEquals(201, made.status(), made.body());
        long id = made.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/api/v1/programmes/" + id + "/activation", registrar, "").status());
        return id;
    }

    @Test
    void aRegistrarDefinesAProgrammeThatOnlyTheirBodySees() {
        String draft = programme("AUTOMATIC", supervisedHours(5));
        assertEquals(403, Api.post("/api/v1/programmes", learner, draft).status());
        Api.Reply bad = Api.post("/api/v1/programmes", registrar, programme("AUTOMATIC",
                Json.createObjectBuilder().add("kind", "SUPERVISED_HOURS").add("hours", 5).add("competency", "ETHICAL_REPORTING").build()));
        assertEquals(400, bad.status(), bad.body());
        assertEquals("application/problem+json", bad.contentType());
        assertEquals("requirements", bad.json().getString("field"), "a journalism competency in a psychology body");
        assertEquals("requirements", Api.post("/api/v1/programmes", registrar, programme("AUTOMATIC",
                Json.createObjectBuilder().add("kind", "COURSE").add("courseId", 999_999).build())).json().getString("field"));
        assertEquals("validityMonths", Api.post("/api/v1/programmes", registrar, draft.replace("\"validityMonths\":24",
                "\"validityMonths\":0")).json().getString("field"));

        // every problem of a draft in one answer, each requirement row refused on its own
        String wrong = Json.createObjectBuilder().add("title", Json.createObjectBuilder())
                .add("wording", Json.createObjectBuilder().add("en", "has practised"))
                .add("requirements", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "SUPERVISED_HOURS").add("hours", 0))
                        .add(Json.createObjectBuilder().add("kind", "CPD_HOURS").add("hours", 5).add("withinMonths", 999)))
                .add("validityMonths", 0).add("renewalGraceDays", 999).add("issuingMode", "SOMETIMES")
                .add("signatories", Json.createArrayBuilder()).build().toString();
        Api.Reply all = Api.post("/api/v1/programmes", registrar, wrong);
        assertEquals(400, all.status(), all.body());
        List<String> fields = all.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("requirements", "requirements", "issuingMode", "renewalGraceDays", "title", "validityMonths", "signatories"),
                fields, all.body());

        Api.Reply made = Api.post("/api/v1/programmes", registrar, draft);
        assertEquals(201, made.status(), made.body());
        long id = made.json().getJsonNumber("id").longValue();
        assertEquals("DRAFT", made.json().getString("status"));
        assertEquals(404, Api.get("/api/v1/programmes/" + id, otherRegistrar).status(), "another body's draft does not exist");
        assertEquals(404, Api.get("/api/v1/programmes/" + id, learner).status(), "nor for learners while it is a draft");
        assertEquals(404, Api.put("/api/v1/programmes/" + id, otherRegistrar, draft).status());
        assertEquals(404, Api.post("/api/v1/programmes/" + id + "/activation", otherRegistrar, "").status());
        assertEquals(404, Api.post("/api/v1/programmes/" + id + "/claim", learner, "").status(), "a draft takes no claims");
        assertTrue(Api.get("/api/v1/programmes?own=true", otherRegistrar).array().stream()
                .noneMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == id));
        assertTrue(Api.get("/api/v1/programmes?own=true", registrar).array().stream()
                .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == id));
    }

    @Test
    void aCertificateIsIssuedVerifiedAndRevoked() {
        long programme = define("AUTOMATIC", supervisedHours(5));
        Api.Reply refused = Api.post("/api/v1/programmes/" + programme + "/claim", freshLearner, "");
        assertEquals(400, refused.status(), "no supervised hours yet: " + refused.body());
        assertEquals("programme", refused.json().getString("field"));
        assertTrue(Api.get("/api/v1/certificates/mine", freshLearner).array().isEmpty(), "nothing issued");

        JsonObject progress = Api.post("/api/v1/programmes/" + programme + "/claim", learner, "").json();
        JsonObject certificate = progress.getJsonObject("certificate");
        assertTrue(progress.getBoolean("eligible"));
        assertEquals("VALID", certificate.getString("status"));
        String serial = certificate.getString("serial");
        assertTrue(serial.matches(code + "-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-\\d{6}"), serial);
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusMonths(24).minusDays(1).toString(), certificate.getString("validUntil"));
        assertEquals(409, Api.post("/api/v1/programmes/" + programme + "/claim", learner, "").status(), "one valid certificate at a time");
        String verification = certificate.getString("verificationCode");
        long id = certificate.getJsonNumber("id").longValue();

        Api.Reply anonymous = Api.get("/api/v1/certificates/verify/" + verification, null);
        assertEquals(200, anonymous.status(), anonymous.body());
        JsonObject seen = anonymous.json();
        assertEquals("VALID", seen.getString("status"));
        assertEquals(serial, seen.getString("serial"));
        assertEquals("Test Guild " + code, seen.getString("body"));
        assertEquals("L. L.", seen.getString("holderName"), "initials unless the holder allows more");
        assertFalse(anonymous.body().contains("learner\""), "never the username");
        assertEquals(200, Api.get("/api/v1/certificates/verify/" + verification.toLowerCase(), null).status(), "case does not matter");
        Api.Reply unknown = Api.get("/api/v1/certificates/verify/" + "A".repeat(26), null);
        Api.Reply malformed = Api.get("/api/v1/certificates/verify/" + serial, null);
        assertEquals(404, unknown.status());
        assertEquals(404, malformed.status());
        assertEquals(unknown.json().getString("detail"), malformed.json().getString("detail"), "one answer for anything not found");

        assertEquals(404, Api.put("/api/v1/certificates/" + id + "/name-disclosure", freshLearner,
                "{\"nameDisclosure\":\"FULL_NAME\"}").status(), "only the holder chooses");
        assertEquals(200, Api.put("/api/v1/certificates/" + id + "/name-disclosure", learner, "{\"nameDisclosure\":\"FULL_NAME\"}").status());
        assertEquals("Lola Learner", Api.get("/api/v1/certificates/verify/" + verification, null).json().getString("holderName"));
        assertEquals(200, Api.put("/api/v1/certificates/" + id + "/name-disclosure", learner, "{\"nameDisclosure\":\"NOT_SHOWN\"}").status());
        assertFalse(Api.get("/api/v1/certificates/verify/" + verification, null).json().containsKey("holderName"));

        assertEquals(404, Api.get("/api/v1/certificates/" + id, otherRegistrar).status(), "another body's certificate does not exist");
        assertEquals(404, Api.post("/api/v1/certificates/" + id + "/revocation", otherRegistrar, "{\"reason\":\"x\"}").status());
        assertEquals(403, Api.post("/api/v1/certificates/" + id + "/revocation", learner, "{\"reason\":\"x\"}").status());
        assertEquals("reason", Api.post("/api/v1/certificates/" + id + "/revocation", registrar, "{\"reason\":\" \"}").json().getString("field"));
        assertEquals("VALID", Api.get("/api/v1/certificates/verify/" + verification, null).json().getString("status"), "a refused revocation changes nothing");
        JsonObject revoked = Api.post("/api/v1/certificates/" + id + "/revocation", registrar,
                "{\"reason\":\"Supervised hours were logged for sessions that did not take place.\"}").json();
        assertEquals("REVOKED", revoked.getString("status"));
        JsonObject after = Api.get("/api/v1/certificates/verify/" + verification, null).json();
        assertEquals("REVOKED", after.getString("status"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), after.getString("revokedOn"));
        assertFalse(after.toString().contains("did not take place"), "the reason stays with the body");
        // a revoked certificate's PDF would still look valid on paper: it is no longer given out
        Api.Reply noPdf = Api.get("/api/v1/certificates/" + id + "/certificate.pdf", registrar);
        assertEquals(409, noPdf.status());
        assertTrue(noPdf.json().getString("detail").contains("revoked"), noPdf.body());
        assertEquals(409, Api.post("/api/v1/certificates/" + id + "/revocation", registrar, "{\"reason\":\"again\"}").status());
        assertTrue(Api.get("/api/v1/certificates?holder=learner&status=REVOKED", registrar).array().stream()
                .anyMatch(c -> c.asJsonObject().getString("serial").equals(serial)));
        assertTrue(Api.get("/api/v1/certificates", otherRegistrar).array().stream()
                .noneMatch(c -> c.asJsonObject().getString("serial").equals(serial)), "another body's list leaves it out");
    }

    @Test
    void aRequestWaitsForTheRegistrarWhoApprovesOrRejects() {
        long programme = define("APPROVAL", supervisedHours(5));
        JsonObject progress = Api.post("/api/v1/programmes/" + programme + "/claim", learner, "").json();
        assertFalse(progress.containsKey("certificate"), "nothing issued before approval: " + progress);
        long request = progress.getJsonObject("pendingRequest").getJsonNumber("id").longValue();
        JsonArray pending = Api.get("/api/v1/certificates/requests", registrar).array();
        JsonObject waiting = pending.stream().map(r -> r.asJsonObject())
                .filter(r -> r.getJsonNumber("id").longValue() == request).findFirst().orElseThrow(() -> new AssertionError(pending.toString()));
        // the registrar decides on the evidence: each requirement beside what the person has done today
        JsonObject evidence = waiting.getJsonArray("evidence").getJsonObject(0);
        assertTrue(evidence.getBoolean("met"), waiting.toString());
        assertEquals("SUPERVISED_HOURS", evidence.getJsonObject("requirement").getString("kind"));
        assertTrue(Api.get("/api/v1/certificates/requests", otherRegistrar).array().stream()
                .noneMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == request));
        assertEquals(404, Api.post("/api/v1/certificates/requests/" + request + "/approval", otherRegistrar, "").status());
        assertEquals("reason", Api.post("/api/v1/certificates/requests/" + request + "/rejection", registrar, "{}").json().getString("field"));
        Api.Reply approved = Api.post("/api/v1/certificates/requests/" + request + "/approval", registrar, "");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("VALID", approved.json().getString("status"));
        assertEquals(409, Api.post("/api/v1/certificates/requests/" + request + "/approval", registrar, "").status(), "decided once");
    }

    @Test
    void certificatesExpireRenewWithoutAGapAndAreReissuedUnderANewName() throws Exception {
        long programme = define("AUTOMATIC", supervisedHours(5));
        JsonObject first = Api.post("/api/v1/programmes/" + programme + "/claim", learner, "").json().getJsonObject("certificate");
        long id = first.getJsonNumber("id").longValue();
        String verification = first.getString("verificationCode");
        assertEquals(409, Api.post("/api/v1/certificates/" + id + "/renewal", learner, "").status(), "too early to renew");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long other = define("AUTOMATIC", supervisedHours(5));
        JsonObject lapsed = Api.post("/api/v1/programmes/" + other + "/claim", learner, "").json().getJsonObject("certificate");
        moveValidity(lapsed.getJsonNumber("id").longValue(), today.minusYears(2), today.minusDays(1));
        assertEquals("EXPIRED", Api.get("/api/v1/certificates/verify/" + lapsed.getString("verificationCode"), null).json().getString("status"),
                "expired by its dates alone");
        awaitAudit("certificate.expired", "certificate:" + lapsed.getJsonNumber("id").longValue());
        moveValidity(id, today.minusYears(2), today.plusDays(20));
        assertEquals("VALID", Api.get("/api/v1/certificates/verify/" + verification, null).json().getString("status"));
        assertEquals(404, Api.post("/api/v1/certificates/" + id + "/renewal", freshLearner, "").status(), "only the holder renews");
        JsonObject renewed = Api.post("/api/v1/certificates/" + id + "/renewal", learner, "").json().getJsonObject("certificate");
        assertEquals("RENEWAL", renewed.getString("reason"));
        assertEquals(id, renewed.getJsonNumber("previousId").longValue());
        assertEquals(today.plusDays(21).toString(), renewed.getString("validFrom"), "starts the day after the old one ends");
        assertEquals(today.plusDays(21).plusMonths(24).minusDays(1).toString(), renewed.getString("validUntil"));
        assertEquals("VALID", Api.get("/api/v1/certificates/verify/" + verification, null).json().getString("status"),
                "the old one stays valid to its end");

        long renewedId = renewed.getJsonNumber("id").longValue();
        assertEquals("name", Api.post("/api/v1/certificates/" + renewedId + "/reissue", registrar, "{\"name\":\"\"}").json().getString("field"));
        Api.Reply reissued = Api.post("/api/v1/certificates/" + renewedId + "/reissue", registrar, "{\"name\":\"Lola Learner-Berisha\"}");
        assertEquals(201, reissued.status(), reissued.body());
        assertEquals("Lola Learner-Berisha", reissued.json().getString("holderName"));
        assertEquals(renewed.getString("validUntil"), reissued.json().getString("validUntil"));
        JsonObject old = Api.get("/api/v1/certificates/" + renewedId, registrar).json();
        assertEquals("REVOKED", old.getString("status"));
        assertEquals("Re-issued as " + reissued.json().getString("serial"), old.getString("revocationReason"));
    }

    @Test
    void serialsRunWithoutGapsAndTheListExportsAsCsv() {
        long programme = define("AUTOMATIC", supervisedHours(1));
        String third = Api.newUser("mentee-of-nobody", PASSWORD, "LEARNER", "Practica Demo Resource Centre");
        assertEquals(400, Api.post("/api/v1/certificates", registrar, Json.createObjectBuilder().add("programmeId", programme)
                .add("person", third).build().toString()).status(), "not eligible: no supervised hours");
        Api.post("/api/v1/programmes/" + programme + "/claim", learner, "");
        List<Long> sequences = Api.get("/api/v1/certificates?limit=1000", registrar).array().stream()
                .map(c -> c.asJsonObject().getString("serial")).filter(s -> s.startsWith(code + "-"))
                .map(s -> Long.parseLong(s.substring(s.lastIndexOf('-') + 1))).sorted().toList();
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(i + 1, sequences.get(i), "serials " + sequences);
        }
        Api.Reply csv = Api.get("/api/v1/certificates/export.csv", registrar);
        assertEquals(200, csv.status());
        assertTrue(csv.body().split("\r\n")[0].contains("Serial"), csv.body());
        assertEquals(sequences.size() + 1, csv.body().split("\r\n").length);
        assertFalse(csv.body().matches("(?s).*[A-Z2-7]{26}.*"), "verification codes stay out of the file");
        assertEquals(403, Api.get("/api/v1/certificates/export.csv", learner).status());

        JsonObject report = Api.get("/api/v1/certificates/report", registrar).json();
        assertEquals(sequences.size(), report.getJsonNumber("issued").longValue(), report.toString());
        String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);
        assertTrue(report.getJsonArray("lines").stream().map(JsonValue::asJsonObject).anyMatch(l -> l.getJsonNumber("programmeId")
                .longValue() == programme && l.getString("region").equals("KZ") && l.getString("month").equals(month)
                && l.getJsonNumber("issued").longValue() == 1), report.toString());
        assertEquals(0, Api.get("/api/v1/certificates/report", otherRegistrar).json().getJsonArray("lines").stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getJsonNumber("programmeId").longValue() == programme).count(),
                "another body's report leaves this body out");
        assertEquals("to", Api.get("/api/v1/certificates/report?from=2026-05-01&to=2026-04-01", registrar).json().getString("field"));
        assertEquals("status", Api.get("/api/v1/certificates?status=LOST", registrar).json().getString("field"));
        assertEquals("from", Api.get("/api/v1/certificates?from=soon", registrar).json().getString("field"));
    }

    @Test
    void thePdfAndTheCredentialVerifyWithoutTheServer() throws Exception {
        String name = "Әлия Қасымова-Oʻrinova Ëndrit";
        String holderName = Api.newUser("kazakh-name", PASSWORD, "LEARNER", "Practica Demo Resource Centre", name);
        String holder = Api.token(holderName, PASSWORD);
        supervise(holderName, holder);
        long programme = define("AUTOMATIC", supervisedHours(1));
        JsonObject certificate = Api.post("/api/v1/programmes/" + programme + "/claim", holder, "").json().getJsonObject("certificate");
        long id = certificate.getJsonNumber("id").longValue();
        String code = certificate.getString("verificationCode");

        byte[] pdf = Api.download("/api/v1/certificates/" + id + "/certificate.pdf", holder);
        assertTrue(java.util.Arrays.equals(pdf, Api.download("/api/v1/certificates/" + id + "/certificate.pdf", registrar)),
                "the registrar gets the same signed file");
        assertEquals(404, Api.get("/api/v1/certificates/" + id + "/certificate.pdf", otherRegistrar).status());
        assertEquals(404, Api.get("/api/v1/certificates/" + id + "/certificate.pdf", learner).status());
        String pem = Api.get("/api/v1/certificates/issuer-keys/certificates.pem", null).body();
        IndependentChecks.PdfSigner signer = IndependentChecks.verifyPdfSignature(pdf);
        assertTrue(pem.contains(signer.certificatePem().strip().lines().skip(1).findFirst().orElseThrow()),
                "signed by a published key: " + signer);
        assertEquals(pdf.length, signer.coveredBytes(), "the signature covers the whole file");
        byte[] tampered = pdf.clone();
        int at = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Title");
        tampered[at + 1] = 'X';
        assertFalse(IndependentChecks.signatureHolds(tampered), "one changed byte breaks the signature");

        String text = IndependentChecks.pdfText(pdf);
        assertTrue(text.contains(name), "the name prints in its own letters: " + text);
        assertTrue(text.contains(certificate.getString("serial")) && text.contains(code), text);
        String scanned = IndependentChecks.qrCode(pdf);
        assertTrue(scanned.endsWith("/verify.xhtml?code=" + code), scanned);
        // the public address follows the server's own port unless PRACTICA_PUBLIC_URL says otherwise
        assertTrue(scanned.startsWith("http://localhost:" + java.net.URI.create(Api.BASE).getPort() + "/"), scanned);

        String jwt = Api.get("/api/v1/certificates/" + id + "/credential", holder).body();
        String jwks = Api.get("/api/v1/certificates/issuer-keys", null).body();
        JsonObject vc = IndependentChecks.verifyCredential(jwt, jwks);
        assertTrue(vc.getJsonArray("type").toString().contains("OpenBadgeCredential"), vc.toString());
        assertEquals(certificate.getString("validFrom") + "T00:00:00Z", vc.getString("validFrom"));
        JsonObject identity = vc.getJsonObject("credentialSubject").getJsonArray("identifier").getJsonObject(0);
        assertEquals("sha256$" + IndependentChecks.sha256Hex(name + identity.getString("salt")), identity.getString("identityHash"),
                "the holder proves the credential is theirs by their name");
        assertFalse(jwt.contains(holderName) || IndependentChecks.payload(jwt).contains(name), "no name or username in clear");
        String forged = jwt.substring(0, jwt.lastIndexOf('.') - 2) + "AA" + jwt.substring(jwt.lastIndexOf('.'));
        assertThrows(AssertionError.class, () -> IndependentChecks.verifyCredential(forged, jwks));
    }

    @Test
    void guessingCodesIsCutShortPerAddress() throws Exception {
        long programme = define("AUTOMATIC", supervisedHours(5));
        String code = Api.post("/api/v1/programmes/" + programme + "/claim", learner, "").json().getJsonObject("certificate")
                .getString("verificationCode");
        // a loopback address of its own, so the other tests' look-ups do not count against it
        String address = Api.ownLoopbackAddress();
        int refusedAt = -1;
        String[] last = null;
        for (int i = 1; i <= 15 && refusedAt < 0; i++) {
            last = Api.sendFrom(address, "GET", "/api/v1/certificates/verify/" + randomGuess(), null);
            if (last[0].contains(" 429 ")) {
                refusedAt = i;
            } else {
                assertTrue(last[0].contains(" 404 "), last[0]);
            }
        }
        assertEquals(11, refusedAt, "ten misses a minute, then no more look-ups");
        assertTrue(last[1].contains("Retry-After: 60"), last[1]);
        assertTrue(last[1].contains("application/problem+json"), last[1]);
        assertTrue(Api.sendFrom(address, "GET", "/api/v1/certificates/verify/" + code, null)[0].contains(" 429 "), "not even a real code from that address");
        assertTrue(Api.sendFrom(address, "GET", "/verify.xhtml?code=" + code, null)[0].contains(" 429 "), "nor the page");
        assertEquals(200, Api.get("/api/v1/certificates/verify/" + code, null).status(), "other addresses carry on");
    }

    private static String randomGuess() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        Random r = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** A signed-off hour of supervision for the person, through the mentoring API. */
    private static void supervise(String menteeName, String mentee) {
        String supervisor = Api.token("supervisor", Api.DEMO_PASSWORD);
        Api.Reply arranged = Api.post("/api/v1/mentoring/relationships", Api.token("trainer", Api.DEMO_PASSWORD), Json.createObjectBuilder()
                .add("supervisor", "supervisor").add("mentee", menteeName).add("discipline", "psychology").add("startsOn", "2026-01-01")
                .build().toString());
        assertEquals(201, arranged.status(), arranged.body());
        String start = java.time.Instant.now().minus(2, java.time.temporal.ChronoUnit.DAYS).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString();
        String code = Api.post("/api/v1/mentoring/case-references", supervisor, "").json().getString("code");
        Api.Reply logged = Api.post("/api/v1/mentoring/relationships/" + arranged.json().getJsonNumber("id") + "/sessions", supervisor,
                Json.createObjectBuilder().add("startsAt", start).add("minutes", 60).add("modality", "individual_online")
                        .add("competencies", Json.createArrayBuilder().add("RISK_ASSESSMENT"))
                        .add("caseReferences", Json.createArrayBuilder().add(code)).build().toString());
        assertEquals(201, logged.status(), logged.body());
        String session = "/api/v1/mentoring/sessions/" + logged.json().getJsonNumber("id");
        assertEquals(200, Api.post(session + "/confirm", mentee, "").status());
        assertEquals(200, Api.post(session + "/sign-off", supervisor, "").status());
    }

    /** Waits (up to half a minute) for the audit trail to note an action on a subject, exactly once. */
    static void awaitAudit(String action, String subject) throws Exception {
        java.time.Instant until = java.time.Instant.now().plusSeconds(30);
        while (true) {
            try (Connection db = ServerUnderTest.database();
                 PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject = ?")) {
                q.setString(1, action);
                q.setString(2, subject);
                try (java.sql.ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        assertEquals(1, r.getInt(1), action + " noted once for " + subject);
                        return;
                    }
                }
            }
            if (java.time.Instant.now().isAfter(until)) {
                throw new AssertionError(action + " was not noted for " + subject);
            }
            Thread.sleep(500);
        }
    }

    /** Time passes in the database: the certificate's days are moved, as if issued long ago. */
    private static void moveValidity(long id, LocalDate from, LocalDate until) throws Exception {
        try (Connection db = ServerUnderTest.database();
             PreparedStatement q = db.prepareStatement("UPDATE certificate SET valid_from = ?, valid_until = ? WHERE id = ?")) {
            q.setObject(1, from);
            q.setObject(2, until);
            q.setLong(3, id);
            assertEquals(1, q.executeUpdate());
        }
    }
}
