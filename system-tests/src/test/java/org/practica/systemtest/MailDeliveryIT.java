package org.practica.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mail against a real SMTP server (GreenMail, on the port the server under test was given):
 * a notice reaches the right person in their language with a text and an HTML part and a
 * one-click unsubscribe; an SMTP outage loses nothing and, once the server is back, delivers
 * each e-mail exactly once; unsubscribing stops that kind; a digest gathers the day's notices; a
 * server killed while sending sends nothing twice after its restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailDeliveryIT {

    private static final String PASSWORD = "mailed in time";
    private static int smtpPort;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @AfterAll
    static void forgetTheMailServer() throws IOException {
        // the next restart (another test's) runs as installed by default again, without a mail server
        java.nio.file.Path env = ServerUnderTest.serverDir().resolve("server.env");
        List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(env));
        lines.removeIf(l -> l.startsWith("PRACTICA_SMTP_") || l.startsWith("PRACTICA_MAIL_") || l.startsWith("PRACTICA_DIGEST_"));
        java.nio.file.Files.write(env, lines);
    }

    @Test
    @Order(1)
    void withoutAMailServerNothingLeavesAndAnAdministratorReadsWhatWouldHaveGone() throws Exception {
        String address = Api.unique("nomail") + "@practica.test";
        String person = person("nomail", address, "Nobody Mailed");
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        Api.Reply deliveries = Api.get("/api/v1/admin/mail", admin);
        if (deliveries.json().getBoolean("configured")) {
            return;   // another test left a mail server configured; the default is what this one is about
        }
        assertEquals(200, Api.post("/api/v1/admin/users/" + person + "/password", admin, "").status());
        JsonObject withheld = null;
        for (int i = 0; i < 40 && withheld == null; i++) {
            Thread.sleep(250);
            withheld = mailsTo(admin, person).stream().filter(m -> m.getString("status").equals("WITHHELD")).findFirst().orElse(null);
        }
        assertTrue(withheld != null, "kept for the administrator: " + mailsTo(admin, person));
        JsonObject words = Api.get("/api/v1/admin/mail/" + withheld.getJsonNumber("id").longValue(), admin).json();
        assertEquals(address, words.getString("to"));
        assertEquals("Practica: The password of your account was changed. If you did not do this, tell your administrator at once.", words.getString("subject"));
        assertTrue(words.getString("text").startsWith("Hello Nobody Mailed,"), words.getString("text"));
        assertEquals(403, Api.get("/api/v1/admin/mail", Api.token(Api.newLearner("nosy", PASSWORD), PASSWORD)).status(), "administrators only");
    }

    @Test
    @Order(2)
    void noticesAreMailedInTheRecipientsLanguageExactlyOnceEvenAcrossAnOutage() throws Exception {
        startSmtp();
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String address = Api.unique("olga") + "@practica.test";
        String olga = person("mailed", address, "Ольга Смирнова");
        assertEquals(204, Api.put("/api/v1/me/language", Api.token(olga, PASSWORD), "{\"language\":\"ru\"}").status());
        long first = CourseFixtures.publishedCourse(trainer, Api.unique("Письма"));
        enrol(trainer, first, olga);

        MimeMessage enrolled = waitForMail(address, 1).get(0);
        assertTrue(enrolled.getSubject().startsWith("Practica: Преподаватель записал вас на курс «Письма-"), enrolled.getSubject());
        assertEquals(address, enrolled.getAllRecipients()[0].toString().replaceAll(".*<(.*)>", "$1"));
        MimeMultipart parts = (MimeMultipart) enrolled.getContent();
        assertEquals(2, parts.getCount(), "a text and an HTML part");
        String text = (String) part(parts, "text/plain").getContent();
        String html = (String) part(parts, "text/html").getContent();
        assertTrue(text.startsWith("Здравствуйте, Ольга Смирнова!") && text.contains("/courses/course.xhtml?id=" + first), text);
        assertTrue(html.contains("<html lang=\"ru\" dir=\"ltr\">") && html.contains("href=\"" + Api.BASE + "/courses/course.xhtml?id=" + first + "\""), html);
        String oneClick = enrolled.getHeader("List-Unsubscribe")[0];
        assertTrue(oneClick.matches("<" + java.util.regex.Pattern.quote(Api.BASE) + "/api/v1/mail/unsubscribe\\?t=[A-Za-z0-9_-]{43}&k=ENROLLED>"), oneClick);
        assertEquals("List-Unsubscribe=One-Click", enrolled.getHeader("List-Unsubscribe-Post")[0]);

        // the mail server goes away: notices keep coming, nothing is lost, and the outbox says why it waits
        smtp.stop();
        long second = CourseFixtures.publishedCourse(trainer, Api.unique("Второй"));
        long third = CourseFixtures.publishedCourse(trainer, Api.unique("Третий"));
        enrol(trainer, second, olga);
        enrol(trainer, third, olga);
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String newPassword = "mailed once only";
        assertEquals(204, Api.put("/api/v1/me/password", Api.token(olga, PASSWORD), Json.createObjectBuilder()
                .add("currentPassword", PASSWORD).add("newPassword", newPassword).build().toString()).status());
        List<JsonObject> waiting = List.of();
        for (int i = 0; i < 40 && waiting.size() < 3; i++) {
            Thread.sleep(250);
            waiting = mailsTo(admin, olga).stream().filter(m -> m.getString("status").equals("PENDING") && m.getInt("attempts") > 0).toList();
        }
        assertEquals(3, waiting.size(), "three e-mails wait for the mail server: " + mailsTo(admin, olga));
        assertFalse(waiting.get(0).getString("lastError").isBlank(), "the administrator sees why: " + waiting.get(0));
        Thread.sleep(3_000);   // some more tries while it is down

        startSmtp();
        List<MimeMessage> after = waitForMail(address, 3);
        Thread.sleep(6_000);   // more sweeps pass: nothing comes twice
        after = received(address);
        assertEquals(3, after.size(), subjects(after).toString());
        assertEquals(3, messageIds(after).size(), "three different e-mails");
        MimeMessage security = after.stream().filter(m -> subject(m).contains("Пароль вашей учётной записи изменён")).findFirst().orElseThrow();
        assertNull(security.getHeader("List-Unsubscribe"), "a security e-mail cannot be unsubscribed from");
        assertTrue(mailsTo(admin, olga).stream().allMatch(m -> m.getString("status").equals("SENT")), mailsTo(admin, olga).toString());

        // one click, no sign-in, turns that kind off; the notice still reaches the bell
        String url = oneClick.substring(1, oneClick.length() - 1);
        HttpResponse<String> unsubscribed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, unsubscribed.statusCode(), unsubscribed.body());
        String olgaToken = Api.token(olga, newPassword);
        assertEquals("IN_APP", choice(olgaToken, "ENROLLED"));
        Api.Reply securityOff = Api.post(url.substring(Api.BASE.length()).replace("k=ENROLLED", "k=PASSWORD_CHANGED"), null, "");
        assertEquals(400, securityOff.status(), securityOff.body());
        assertEquals(404, Api.post("/api/v1/mail/unsubscribe?t=not-a-token&k=ENROLLED", null, "").status());
        long fourth = CourseFixtures.publishedCourse(trainer, Api.unique("Четвёртый"));
        enrol(trainer, fourth, olga);
        Thread.sleep(5_000);
        assertEquals(3, received(address).size(), "no e-mail for a kind turned off");
        assertTrue(Api.get("/api/v1/me/notifications", olgaToken).json().getJsonArray("notices").stream()
                .anyMatch(n -> n.asJsonObject().getString("link").endsWith("id=" + fourth)), "still in the application");

        // a daily digest instead: the next enrolments come together in one e-mail
        Api.Reply chosen = Api.put("/api/v1/me/notification-settings", olgaToken, "{\"choices\":{\"ENROLLED\":\"DAILY_DIGEST\",\"PASSWORD_CHANGED\":\"IN_APP\"}}");
        assertEquals(400, chosen.status(), "security notices stay e-mailed: " + chosen.body());
        assertTrue(chosen.body().contains("PASSWORD_CHANGED"), chosen.body());
        assertEquals("IN_APP", choice(olgaToken, "ENROLLED"), "nothing was stored from a refused change");
        assertEquals(200, Api.put("/api/v1/me/notification-settings", olgaToken, "{\"choices\":{\"ENROLLED\":\"DAILY_DIGEST\"}}").status());
        long fifth = CourseFixtures.publishedCourse(trainer, Api.unique("Пятый"));
        long sixth = CourseFixtures.publishedCourse(trainer, Api.unique("Шестой"));
        enrol(trainer, fifth, olga);
        enrol(trainer, sixth, olga);
        MimeMessage digest = waitForMail(address, 4).stream().filter(m -> subject(m).contains("со вчерашнего дня")).findFirst().orElseThrow();
        String digestText = (String) part((MimeMultipart) digest.getContent(), "text/plain").getContent();
        assertTrue(digestText.contains("id=" + fifth), digestText);
        assertTrue(digest.getHeader("List-Unsubscribe")[0].contains("k=DIGEST"), "a digest's one click stops the digest");
        Thread.sleep(5_000);
        assertEquals(4, received(address).size(), "one digest a day, however many notices");
        if (!digestText.contains("id=" + sixth)) {
            // the sender's beat fell between the two enrolments: the second waits for tomorrow's digest
            try (Connection db = ServerUnderTest.database()) {
                assertEquals(1, Sql.single(db, "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.username = '"
                        + olga + "' AND n.digest_pending AND n.link LIKE '%id=" + sixth + "'"));
            }
        }
    }

    @Test
    @Order(3)
    void aServerKilledWhileSendingSendsNothingTwice() throws Exception {
        String address = Api.unique("killed") + "@practica.test";
        String person = person("killed", address, "Test Killed");
        int backlog = 300;
        startSmtp();
        try (Connection db = ServerUnderTest.database()) {
            db.setAutoCommit(false);   // the whole backlog appears at once, to a sender with a mail server up
            long account = Sql.single(db, "SELECT id FROM app_user WHERE username = '" + person + "'");
            for (int i = 0; i < backlog; i++) {
                // a backlog, as a morning of notices during an outage leaves it
                Sql.update(db, "INSERT INTO notification (recipient_id, kind, link, arguments, created_at) VALUES (" + account
                        + ", 'ENROLLED', '/courses/index.xhtml', '[\"Backlog " + i + "\"]', NOW(3))");
                Sql.update(db, "INSERT INTO outgoing_mail (recipient_id, notification_id, status, attempts, next_attempt_at, created_at) VALUES ("
                        + account + ", LAST_INSERT_ID(), 'PENDING', 0, NOW(3), NOW(3))");
            }
            db.commit();
        }
        for (int i = 0; i < 200 && received(address).size() < 15; i++) {
            Thread.sleep(50);
        }
        int beforeKill = received(address).size();
        assertTrue(beforeKill > 0 && beforeKill < backlog, "killed while sending: " + beforeKill + " of " + backlog);
        ServerUnderTest.killAndRestart();

        Map<String, Long> statuses = Map.of();
        for (int i = 0; i < 240; i++) {   // the lost ones wait out the sender's lease (20 s here)
            statuses = statuses(person);
            if (statuses.keySet().stream().allMatch(s -> s.equals("SENT") || s.equals("UNCERTAIN")) && statuses.values().stream().mapToLong(Long::longValue).sum() == backlog) {
                break;
            }
            Thread.sleep(500);
        }
        List<MimeMessage> all = received(address);
        Set<String> ids = messageIds(all);
        assertEquals(all.size(), ids.size(), "no e-mail arrived twice");
        long sent = statuses.getOrDefault("SENT", 0L);
        long uncertain = statuses.getOrDefault("UNCERTAIN", 0L);
        assertEquals(backlog, sent + uncertain, statuses.toString());
        assertTrue(uncertain <= 10, "at most the one batch in hand was lost track of: " + statuses);
        assertTrue(all.size() >= sent && all.size() <= sent + uncertain, all.size() + " received, " + statuses);
    }

    @Test
    @Order(4)
    void aReminderRoundTellsEachReminderOnceAndAgainTellsNothing() throws Exception {
        startSmtp();
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        String address = Api.unique("dana") + "@practica.test";
        String dana = person("reminded", address, "Дана Сейткали");
        String danaToken = Api.token(dana, PASSWORD);
        assertEquals(204, Api.put("/api/v1/me/language", danaToken, "{\"language\":\"ru\"}").status());

        // a quiz closing tomorrow that the learner has not begun; an essay left ungraded for eight days
        CourseFixtures.WithBank course = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Сроки"), Api.unique("Reminder bank"));
        long essayQuiz = CourseFixtures.essayCheckIn(trainer, course);
        long question = Api.get("/api/v1/question-banks/" + course.bank() + "/questions", trainer).array().getJsonObject(0).getJsonNumber("id").longValue();
        long closing = CourseFixtures.quiz(trainer, course.course(), course.module(), course.bank(), Json.createObjectBuilder()
                .add("title", "Итоговый тест").add("required", false).add("closesAt", Instant.now().plus(Duration.ofDays(1)).toString())
                .add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("questionId", question))));
        enrol(trainer, course.course(), dana);
        String writer = Api.newLearner("essayist", PASSWORD);
        String writerToken = Api.token(writer, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course.course() + "/enrolments", writerToken, "").status());
        JsonObject attempt = Api.post("/api/v1/quizzes/" + essayQuiz + "/attempts", writerToken, "").json();
        long attemptId = attempt.getJsonNumber("id").longValue();
        int slot = attempt.getJsonArray("questions").getJsonObject(0).getInt("slot");
        assertEquals(200, Api.put("/api/v1/attempts/" + attemptId + "/answers/" + slot, writerToken, "{\"text\":\"Walking.\"}").status());
        assertEquals(200, Api.post("/api/v1/attempts/" + attemptId + "/submit", writerToken, "").status());
        // a certificate of Dana's that ends in 20 days, and a request that has waited two days for the demo registrar
        long certificate;
        try (Connection db = ServerUnderTest.database()) {
            Sql.update(db, "UPDATE quiz_attempt SET submitted_at = NOW(3) - INTERVAL 8 DAY WHERE id = " + attemptId);
            long programme = demoRegistrarsProgramme(db);
            certificate = certificate(db, "REM", programme, dana, "Дана Сейткали", "{\"en\":\"Renewal practitioner\",\"ru\":\"Практик продления\"}",
                    "CURRENT_DATE - INTERVAL 3 YEAR", "CURRENT_DATE + INTERVAL 20 DAY");
            Sql.update(db, "INSERT INTO certificate_request (body_id, programme_id, person, kind, status, requested_at) SELECT body_id, id, '"
                    + writer + "', 'FIRST', 'PENDING', NOW(6) - INTERVAL 2 DAY FROM certification_programme WHERE id = " + programme);
        }

        Api.Reply round = Api.post("/api/v1/admin/mail/reminder-rounds", admin, "");
        assertEquals(200, round.status(), round.body());
        assertEquals(Set.of("assessments", "certificates", "mentoring", "surveys"), round.json().getJsonObject("told").keySet());
        assertEquals(403, Api.post("/api/v1/admin/mail/reminder-rounds", danaToken, "").status());

        Map<String, Long> kinds = noticeKinds(danaToken);
        assertEquals(1, kinds.get("QUIZ_CLOSING"), kinds.toString());
        assertEquals(1, kinds.get("RENEWAL_DUE"), kinds.toString());
        List<JsonObject> danas = notices(danaToken);
        JsonObject renewal = danas.stream().filter(n -> n.getString("kind").equals("RENEWAL_DUE")).findFirst().orElseThrow();
        // the API speaks the caller's Accept-Language; the title is in the holder's language
        assertTrue(renewal.getString("message").contains("\u201cПрактик продления\u201d") && renewal.getString("message").contains("in 20 days"), renewal.toString());
        assertEquals("/courses/quiz.xhtml?id=" + closing, danas.stream().filter(n -> n.getString("kind").equals("QUIZ_CLOSING")).findFirst().orElseThrow().getString("link"));
        assertTrue(notices(trainer).stream().anyMatch(n -> n.getString("kind").equals("ESSAYS_WAITING")
                && n.getString("link").equals("/author/grading.xhtml?id=" + course.course())), "the course's author hears of the essay");
        assertTrue(notices(Api.token("registrar", Api.DEMO_PASSWORD)).stream().anyMatch(n -> n.getString("kind").equals("REQUESTS_WAITING")));
        List<MimeMessage> mailed = waitForMail(address, 3);   // the enrolment, the closing quiz, the renewal
        assertTrue(subjects(mailed).stream().anyMatch(s -> s.contains("«Итоговый тест» закрывается")), subjects(mailed).toString());
        assertTrue(subjects(mailed).stream().anyMatch(s -> s.contains("«Практик продления»") && s.contains("через 20 дней")), subjects(mailed).toString());

        // again, as a second server or the next scheduled round would: nothing new
        assertEquals(200, Api.post("/api/v1/admin/mail/reminder-rounds", admin, "").status());
        assertEquals(kinds, noticeKinds(danaToken));
        Thread.sleep(4_000);
        assertEquals(3, received(address).size(), subjects(received(address)).toString());
        Api.Reply mine = Api.get("/api/v1/certificates/mine", danaToken);
        assertEquals(200, mine.status(), mine.body());
        assertTrue(mine.body().contains("\"id\":" + certificate), "the certificate reads as any issued one: " + mine.body());
    }

    @Test
    @Order(5)
    void aGradeAndANewSignInFactorAreMailedInEnglishTheFactorWithoutAWayToTurnItOff() throws Exception {
        startSmtp();
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String address = Api.unique("graded") + "@practica.test";
        String learner = person("graded", address, "Aliya Graded");
        String token = Api.token(learner, PASSWORD);
        CourseFixtures.WithBank course = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Graded course"), Api.unique("Graded bank"));
        long quiz = CourseFixtures.essayCheckIn(trainer, course);
        assertEquals(201, Api.post("/api/v1/courses/" + course.course() + "/enrolments", token, "").status());
        JsonObject attempt = Api.post("/api/v1/quizzes/" + quiz + "/attempts", token, "").json();
        long id = attempt.getJsonNumber("id").longValue();
        int slot = attempt.getJsonArray("questions").getJsonObject(0).getInt("slot");
        assertEquals(200, Api.put("/api/v1/attempts/" + id + "/answers/" + slot, token, "{\"text\":\"Sleep.\"}").status());
        assertEquals(200, Api.post("/api/v1/attempts/" + id + "/submit", token, "").status());
        assertEquals(200, Api.put("/api/v1/attempts/" + id + "/answers/" + slot + "/grade", trainer, "{\"score\":1,\"comment\":\"Good.\"}").status());
        MimeMessage graded = waitForMail(address, 1).get(0);
        assertEquals("Practica: Your essay in \u201cCheck-in\u201d has been graded: see your result.", graded.getSubject());
        String text = (String) part((MimeMultipart) graded.getContent(), "text/plain").getContent();
        assertTrue(text.startsWith("Hello Aliya Graded,") && text.contains(Api.BASE + "/courses/result.xhtml?id=" + id), text);
        assertTrue(graded.getHeader("List-Unsubscribe")[0].endsWith("k=ESSAY_GRADED>"));

        // a supervisor sets up two-factor sign-in (staff only)
        String staffAddress = Api.unique("staff") + "@practica.test";
        String staff = Api.token(Api.newMailableUser("staff", PASSWORD, staffAddress, "Berik Staff", "SUPERVISOR"), PASSWORD);
        String secret = Api.post("/api/v1/me/second-factor", staff, "").json().getString("secret");
        assertEquals(200, Api.post("/api/v1/me/second-factor/confirm", staff, Json.createObjectBuilder()
                .add("code", Totp.code(secret, Totp.stepNow())).build().toString()).status());
        MimeMessage factor = waitForMail(staffAddress, 1).get(0);
        assertEquals("Practica: A sign-in factor was added to your account. If you did not do this, tell your administrator at once.", factor.getSubject());
        assertNull(factor.getHeader("List-Unsubscribe"), "a security e-mail has no unsubscribe");
        assertEquals("Practica <practica@practica.test>", factor.getFrom()[0].toString());
        assertEquals("auto-generated", factor.getHeader("Auto-Submitted")[0]);
    }

    @Test
    @Order(6)
    void twoServersOnOneDatabaseSendEachEMailOnceAndTellEachReminderOnce() throws Exception {
        startSmtp();
        String address = Api.unique("pair") + "@practica.test";
        String person = person("pair", address, "Test Pair");
        String personToken = Api.token(person, PASSWORD);
        // the renewals below stay in the application; the e-mails are the backlog's
        assertEquals(200, Api.put("/api/v1/me/notification-settings", personToken, "{\"choices\":{\"RENEWAL_DUE\":\"IN_APP\"}}").status());
        try (PeerServer peer = PeerServer.start(Map.of())) {
            int backlog = 200;
            int renewals = 1500;
            try (Connection db = ServerUnderTest.database()) {
                db.setAutoCommit(false);
                long account = Sql.single(db, "SELECT id FROM app_user WHERE username = '" + person + "'");
                for (int i = 0; i < backlog; i++) {
                    Sql.update(db, "INSERT INTO notification (recipient_id, kind, link, arguments, created_at) VALUES (" + account
                            + ", 'ENROLLED', '/courses/index.xhtml', '[\"Pair " + i + "\"]', NOW(3))");
                    Sql.update(db, "INSERT INTO outgoing_mail (recipient_id, notification_id, status, attempts, next_attempt_at, created_at) VALUES ("
                            + account + ", LAST_INSERT_ID(), 'PENDING', 0, NOW(3), NOW(3))");
                }
                long programme = Sql.single(db, "SELECT MIN(id) FROM certification_programme");
                long body = Sql.single(db, "SELECT body_id FROM certification_programme WHERE id = " + programme);
                long base = 100_000L * java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 9_000);
                Sql.update(db, "INSERT INTO certificate (serial, verification_code, body_id, programme_id, holder, holder_name, name_disclosure, title, "
                        + "wording, signatories, valid_from, valid_until, reason, issued_at, issued_by, status) SELECT CONCAT('PAIR-2026-', LPAD(" + base
                        + " + seq, 9, '0')), " + base32Code("CONCAT('pair', " + base + " + seq)") + ", " + body + ", " + programme + ", '" + person
                        + "', 'Test Pair', 'FULL_NAME', '{\"en\":\"Paired\"}', '{\"en\":\"w\"}', '[]', CURRENT_DATE - INTERVAL 1 YEAR, "
                        + "CURRENT_DATE + INTERVAL 10 DAY, 'FIRST', NOW(6), 'registrar', 'ISSUED' FROM seq_1_to_" + renewals);
                db.commit();
            }
            // both servers' senders take from the same outbox at once
            List<MimeMessage> all = waitForMail(address, backlog);
            Thread.sleep(5_000);
            all = received(address);
            assertEquals(backlog, all.size(), "each e-mail once, whichever server took it");
            assertEquals(backlog, messageIds(all).size());

            // both servers run a round at the same moment, then each once more
            String admin = Api.token("admin", Api.DEMO_PASSWORD);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var here = pool.submit(() -> Api.post("/api/v1/admin/mail/reminder-rounds", admin, "").status());
            var there = pool.submit(() -> peer.post("/api/v1/admin/mail/reminder-rounds", admin).statusCode());
            assertEquals(200, here.get());
            assertEquals(200, there.get());
            pool.shutdown();
            assertEquals(200, Api.post("/api/v1/admin/mail/reminder-rounds", admin, "").status());
            assertEquals(200, peer.post("/api/v1/admin/mail/reminder-rounds", admin).statusCode());
            try (Connection db = ServerUnderTest.database()) {
                String mine = "FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.username = '" + person + "' AND n.kind = 'RENEWAL_DUE'";
                assertEquals(renewals, Sql.single(db, "SELECT COUNT(*) " + mine), "every renewal told");
                assertEquals(renewals, Sql.single(db, "SELECT COUNT(DISTINCT n.once_key) " + mine), "none twice");
            }
        }
    }

    @Test
    @Order(7)
    void supervisionAndARevocationAreMailedToWhomTheyConcern() throws Exception {
        startSmtp();
        String supervisorAddress = Api.unique("sup") + "@practica.test";
        String supervisorName = Api.newMailableUser("sup", PASSWORD, supervisorAddress, "Saule Supervisor", "SUPERVISOR");
        String supervisor = Api.token(supervisorName, PASSWORD);
        String menteeAddress = Api.unique("men") + "@practica.test";
        String menteeName = person("men", menteeAddress, "Marat Mentee");
        String mentee = Api.token(menteeName, PASSWORD);

        // the mentee asks; the supervisor is mailed
        Api.Reply asked = Api.post("/api/v1/mentoring/relationships", mentee, Json.createObjectBuilder().add("supervisor", supervisorName)
                .add("discipline", "psychology").add("startsOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(10).toString()).build().toString());
        assertEquals(201, asked.status(), asked.body());
        long relationship = asked.json().getJsonNumber("id").longValue();
        assertEquals("Practica: A request for supervision waits for your answer.", waitForMail(supervisorAddress, 1).get(0).getSubject());
        assertEquals(200, Api.post("/api/v1/mentoring/relationships/" + relationship + "/accept", supervisor, "").status());

        // the mentee logs a session; the supervisor is asked to confirm it, then confirms
        String code = Api.post("/api/v1/mentoring/case-references", mentee, "").json().getString("code");
        Api.Reply logged = Api.post("/api/v1/mentoring/relationships/" + relationship + "/sessions", mentee, Json.createObjectBuilder()
                .add("startsAt", Instant.now().minus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString())
                .add("minutes", 60).add("modality", "individual_online").add("competencies", Json.createArrayBuilder().add("trauma_informed_practice"))
                .add("caseReferences", Json.createArrayBuilder().add(code)).build().toString());
        assertEquals(201, logged.status(), logged.body());
        long session = logged.json().getJsonNumber("id").longValue();
        assertEquals("Practica: A supervision session waits for you to confirm it.", waitForMail(supervisorAddress, 2).get(1).getSubject());
        // the supervisor logs one the mentee confirms: it then waits for the supervisor's sign-off
        String code2 = Api.post("/api/v1/mentoring/case-references", supervisor, "").json().getString("code");
        Api.Reply theirs = Api.post("/api/v1/mentoring/relationships/" + relationship + "/sessions", supervisor, Json.createObjectBuilder()
                .add("startsAt", Instant.now().minus(Duration.ofDays(6)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString())
                .add("minutes", 45).add("modality", "individual_online").add("competencies", Json.createArrayBuilder().add("trauma_informed_practice"))
                .add("caseReferences", Json.createArrayBuilder().add(code2)).build().toString());
        assertEquals(201, theirs.status(), theirs.body());
        long waiting = theirs.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/api/v1/mentoring/sessions/" + waiting + "/confirm", mentee, "").status());
        assertTrue(session > 0);

        // four days later it still waits: a reminder round tells the supervisor, once
        long certificate;
        try (Connection db = ServerUnderTest.database()) {
            Sql.update(db, "UPDATE supervision_session SET confirmed_at = NOW(3) - INTERVAL 4 DAY WHERE id = " + waiting);
            certificate = certificate(db, "REV", demoRegistrarsProgramme(db), menteeName, "Marat Mentee", "{\"en\":\"Revoked practitioner\"}",
                    "CURRENT_DATE - INTERVAL 1 YEAR", "CURRENT_DATE + INTERVAL 2 YEAR");
        }
        String admin = Api.token("admin", Api.DEMO_PASSWORD);
        assertEquals(200, Api.post("/api/v1/admin/mail/reminder-rounds", admin, "").status());
        assertEquals(200, Api.post("/api/v1/admin/mail/reminder-rounds", admin, "").status());
        List<MimeMessage> toSupervisor = waitForMail(supervisorAddress, 3);
        assertEquals("Practica: A supervision session has waited 4 days for you to sign it off.", toSupervisor.get(2).getSubject());
        String text = (String) part((MimeMultipart) toSupervisor.get(2).getContent(), "text/plain").getContent();
        assertTrue(text.contains(Api.BASE + "/mentoring/session.xhtml?id=" + waiting), text);

        // the registrar revokes the mentee's certificate; the holder is mailed, with the reason on the page, not in the e-mail
        Api.Reply revoked = Api.post("/api/v1/certificates/" + certificate + "/revocation", Api.token("registrar", Api.DEMO_PASSWORD),
                "{\"reason\":\"Issued by mistake.\"}");
        assertEquals(200, revoked.status(), revoked.body());
        // (the mentee's first e-mail asked them to confirm the supervisor's session)
        MimeMessage revocation = waitForMail(menteeAddress, 2).stream().filter(m -> subject(m).contains("revoked")).findFirst().orElseThrow();
        assertTrue(revocation.getSubject().startsWith("Practica: Your certificate \u201cRevoked practitioner\u201d (REV-") && revocation.getSubject().endsWith("has been revoked."),
                revocation.getSubject());
        Thread.sleep(4_000);
        assertEquals(3, received(supervisorAddress).size(), "the sign-off reminder once: " + subjects(received(supervisorAddress)));
    }

    /** The first programme of the demo registrar's body. */
    private static long demoRegistrarsProgramme(Connection db) throws java.sql.SQLException {
        return Sql.single(db, "SELECT p.id FROM certification_programme p JOIN body_registrar r ON r.body_id = p.body_id "
                + "WHERE r.username = 'registrar' ORDER BY p.id LIMIT 1");
    }

    /**
     * A certificate of the programme, issued to the holder and valid between two SQL dates, written
     * as the registry would (serial and code in their formats); its id.
     */
    private static long certificate(Connection db, String serialPrefix, long programme, String holder, String holderName, String titleJson, String from,
                                    String until) throws java.sql.SQLException {
        String serial = serial(serialPrefix);
        Sql.update(db, "INSERT INTO certificate (serial, verification_code, body_id, programme_id, holder, holder_name, name_disclosure, title, "
                + "wording, signatories, valid_from, valid_until, reason, issued_at, issued_by, status) SELECT '" + serial + "', "
                + base32Code("'" + serial + "'") + ", body_id, id, '" + holder + "', '" + holderName + "', 'FULL_NAME', '" + titleJson
                + "', '{\"en\":\"w\"}', '[]', " + from + ", " + until + ", 'FIRST', NOW(6), 'registrar', 'ISSUED' "
                + "FROM certification_programme WHERE id = " + programme);
        return Sql.single(db, "SELECT id FROM certificate WHERE serial = '" + serial + "'");
    }

    /** A serial in the registry's format, unlikely to be taken. */
    private static String serial(String prefix) {
        return prefix + "-2026-" + String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    /** SQL for a certificate's 26-character base-32 verification code, made from {@code seed}. */
    private static String base32Code(String seed) {
        return "REPLACE(REPLACE(REPLACE(REPLACE(UPPER(LEFT(MD5(" + seed + "), 26)), '0', 'Q'), '1', 'R'), '8', 'S'), '9', 'T')";
    }

    private static List<JsonObject> notices(String token) {
        return Api.get("/api/v1/me/notifications", token).json().getJsonArray("notices").stream().map(JsonValue::asJsonObject).toList();
    }

    private static Map<String, Long> noticeKinds(String token) {
        return notices(token).stream().collect(Collectors.groupingBy(n -> n.getString("kind"), Collectors.counting()));
    }

    private static Map<String, Long> statuses(String username) throws IOException, java.sql.SQLException {
        Map<String, Long> counts = new java.util.HashMap<>();
        try (Connection db = ServerUnderTest.database();
             java.sql.ResultSet rows = db.createStatement().executeQuery("SELECT m.status, COUNT(*) FROM outgoing_mail m JOIN app_user u ON u.id = m.recipient_id "
                     + "WHERE u.username = '" + username + "' GROUP BY m.status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /**
     * GreenMail on a free port; the first time, the server under test is given it through
     * server.env, as an operator would, with short retries and a short sender lease so the tests
     * need not wait an hour, and digests at any hour of the day.
     */
    private void startSmtp() throws IOException, InterruptedException {
        boolean first = smtpPort == 0;
        if (first) {
            try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                smtpPort = free.getLocalPort();
            }
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        if (first) {
            ServerUnderTest.restartWith(Map.of("PRACTICA_SMTP_HOST", "127.0.0.1", "PRACTICA_SMTP_PORT", String.valueOf(smtpPort),
                    "PRACTICA_SMTP_STARTTLS", "false", "PRACTICA_MAIL_RETRY_SECONDS", "1", "PRACTICA_MAIL_LEASE_SECONDS", "20",
                    "PRACTICA_DIGEST_HOUR", "0", "PRACTICA_MAIL_FROM", "Practica <practica@practica.test>", "PRACTICA_REMINDER_SECONDS", "3600"));
        }
    }

    private static String person(String prefix, String address, String displayName) {
        return Api.newMailableLearner(prefix, PASSWORD, address, displayName);
    }

    private static void enrol(String trainer, long course, String learner) {
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/learners", trainer, Json.createObjectBuilder()
                .add("learners", Json.createArrayBuilder().add(learner)).build().toString()).status());
    }

    private static String choice(String token, String kind) {
        return Api.get("/api/v1/me/notification-settings", token).json().getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("kind").equals(kind)).findFirst().orElseThrow().getString("delivery");
    }

    private static List<JsonObject> mailsTo(String admin, String username) {
        return Api.get("/api/v1/admin/mail", admin).json().getJsonArray("mails").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("recipient").equals(username)).toList();
    }

    private List<MimeMessage> waitForMail(String address, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> mine = received(address);
            if (mine.size() >= count) {
                return mine;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + count + " e-mails to " + address + ", got " + subjects(received(address)));
    }

    private List<MimeMessage> received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static BodyPart part(MimeMultipart parts, String type) throws MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static Set<String> messageIds(List<MimeMessage> messages) {
        return messages.stream().map(m -> header(m, "Message-ID")).collect(Collectors.toCollection(HashSet::new));
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(MailDeliveryIT::subject).collect(Collectors.toCollection(ArrayList::new));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name)[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
