package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course goes out to translators as XLIFF 2.0 and comes back: the trainer exports it for Kazakh,
 * a script plays the translator (fills every target), the trainer meanwhile changes the summary,
 * and the import writes the Kazakh version but refuses the summary's unit by id. Once published, a
 * Kazakh learner reads the course and its lesson in Kazakh with no fallback note. The same file
 * translated into Uzbek is imported through the course editor in the browser. Bad files are
 * refused with a problem naming the file; a learner cannot export.
 */
class CourseTranslationIT extends BrowserJourney {

    private static final String PASSWORD = "translated with care";
    private static final Pattern UNIT = Pattern.compile("<unit id=\"([^\"]+)\">\\s*<segment>\\s*<source>(.*?)</source>", Pattern.DOTALL);

    @Test
    void aCourseIsTranslatedThroughXliffAndReadInTheNewLanguage(TestInfo test) throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        long course = CourseFixtures.publishedCourse(trainer, Api.unique("Listening first"));

        Api.Reply exported = Api.get("/api/v1/courses/" + course + "/translations/kk", trainer);
        assertEquals(200, exported.status(), exported.body());
        assertTrue(exported.contentType().startsWith("application/xliff+xml"), exported.contentType());
        String xliff = exported.body();
        assertTrue(xliff.contains("srcLang=\"en\"") && xliff.contains("trgLang=\"kk\""), xliff);
        Map<String, String> units = units(xliff);
        assertEquals(List.of("course.title", "course.summary"), units.keySet().stream().limit(2).toList(), xliff);
        assertTrue(units.keySet().stream().anyMatch(k -> k.matches("module\\.[0-9a-f]{12}\\.title")), xliff);
        assertTrue(units.containsValue("&lt;p&gt;Read me&lt;/p&gt;"), "the lesson's HTML travels as text: " + xliff);

        // the translator's work, and meanwhile the trainer rewrites the summary
        String translated = translate(xliff, "Қазақша");
        assertEquals(204, Api.put("/api/v1/courses/" + course, trainer, Json.createObjectBuilder().add("language", "en")
                .add("title", units.get("course.title")).add("summary", "A summary rewritten after the export").build().toString()).status());
        Api.Reply imported = post("/api/v1/courses/" + course + "/translations", trainer, translated);
        assertEquals(200, imported.status(), imported.body());
        JsonObject report = imported.json();
        assertEquals("kk", report.getString("language"));
        assertEquals(units.size() - 1, report.getInt("translated"), report.toString());
        assertEquals(List.of("course.summary"), report.getJsonArray("refused").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList(), "the changed source is refused by its id");
        assertEquals(200, Api.post("/api/v1/courses/" + course + "/publish", trainer, "").status());

        // bad files say what is wrong and change nothing
        Api.Reply garbage = post("/api/v1/courses/" + course + "/translations", trainer, "<not-xliff/>");
        assertEquals(400, garbage.status(), garbage.body());
        assertEquals("application/problem+json", garbage.contentType());
        assertEquals("file", garbage.json().getString("field"));
        Api.Reply wrongSource = post("/api/v1/courses/" + course + "/translations", trainer, translated.replace("srcLang=\"en\"", "srcLang=\"ru\""));
        assertEquals(400, wrongSource.status(), wrongSource.body());
        String learner = Api.newLearner("reads-kazakh", PASSWORD);
        String learnerToken = Api.token(learner, PASSWORD);
        assertEquals(403, Api.get("/api/v1/courses/" + course + "/translations/kk", learnerToken).status());
        assertEquals(201, Api.post("/api/v1/courses/" + course + "/enrolments", learnerToken, "").status());

        try {
            browser.signIn(learner, PASSWORD);
            browser.chooseLanguage("kk");
            browser.open("/courses/course.xhtml?id=" + course);
            assertEquals("kk", browser.driver.findElement(By.id("courseTitle")).getAttribute("lang"));
            assertEquals(units.get("course.title") + " [Қазақша]", browser.driver.findElement(By.id("courseTitle")).getText());
            assertTrue(browser.driver.findElements(By.cssSelector(".fallback-note")).isEmpty(), "nothing is shown in another language");
            browser.driver.findElement(By.cssSelector("a.lesson-link")).click();
            browser.waitForText("lessonTitle", "[Қазақша]");
            assertTrue(browser.driver.findElement(By.id("lessonText")).getText().contains("Read me [Қазақша]"),
                    browser.driver.findElement(By.id("lessonText")).getText());
            browser.checkPage();
            browser.signOut();

            // the trainer brings an Uzbek translation back through the course editor
            Path file = Files.createTempFile("course-uz", ".xlf");
            Files.writeString(file, translate(Api.get("/api/v1/courses/" + course + "/translations/uz", trainer).body(), "Oʻzbekcha"));
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/author/course.xhtml?id=" + course);
            assertTrue(browser.driver.findElement(By.id("export-uz")).getAttribute("href").endsWith("/translations/uz"));
            browser.driver.findElement(By.id("translationForm:file")).sendKeys(file.toAbsolutePath().toString());
            browser.click("translationForm:importTranslation");
            browser.waitForText("pageMessages", "Oʻzbekcha");
            assertTrue(browser.driver.findElement(By.id("pageMessages")).getText().startsWith(String.valueOf(units.size())),
                    browser.driver.findElement(By.id("pageMessages")).getText());
            browser.checkPage();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
        JsonObject uzbek = Api.get("/api/v1/courses/" + course + "?lang=uz", trainer).json();
        assertTrue(uzbek.toString().contains("[Oʻzbekcha]"), uzbek.toString());
    }

    @Test
    void aQuestionBankIsTranslatedThroughXliffQuestionByQuestion() {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        CourseFixtures.WithBank course = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Banks in tongues"), Api.unique("Tongue bank"));
        String gift = """
                ::Choice::Pick the safe first step.{=Listen ~Question at once#Not yet: questions can wait.}

                ::Pairs::Match each person with their part.{=Psychologist -> Assessment =Teacher -> Learning plan}
                """;
        Api.Reply imported = Api.send(Api.request("/api/v1/question-banks/" + course.bank() + "/imports?format=gift&mode=all", trainer)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(gift, StandardCharsets.UTF_8)));
        assertTrue(imported.status() / 100 == 2, imported.body());
        Map<String, Long> ids = new LinkedHashMap<>();
        Api.get("/api/v1/question-banks/" + course.bank() + "/questions", trainer).array().stream()
                .map(jakarta.json.JsonValue::asJsonObject).forEach(q -> ids.put(q.getString("name"), q.getJsonNumber("id").longValue()));

        Api.Reply exported = Api.get("/api/v1/question-banks/" + course.bank() + "/translations/ru", trainer);
        assertEquals(200, exported.status(), exported.body());
        Map<String, String> units = units(exported.body());
        long choice = ids.get("Choice");
        long pairs = ids.get("Pairs");
        assertEquals(List.of("q" + choice + ".text", "q" + choice + ".answer0", "q" + choice + ".answer1", "q" + choice + ".answer1.feedback",
                "q" + pairs + ".text", "q" + pairs + ".pair0.prompt", "q" + pairs + ".pair0.answer", "q" + pairs + ".pair1.prompt",
                "q" + pairs + ".pair1.answer"), List.copyOf(units.keySet()));

        // one question's text is no longer what was exported: that question stays untranslated, the other is translated
        String translated = translate(exported.body(), "русский").replace("Pick the safe first step.", "Pick the first step.");
        Api.Reply back = post("/api/v1/question-banks/" + course.bank() + "/translations", trainer, translated);
        assertEquals(200, back.status(), back.body());
        assertEquals(1, back.json().getInt("questions"), back.body());
        assertTrue(back.json().getJsonArray("refused").toString().contains("q" + choice + ".text"), back.body());
        assertEquals("[\"ru\"]", Api.get("/api/v1/question-banks/" + course.bank() + "/questions/" + pairs, trainer).json()
                .getJsonArray("translations").toString());
        assertEquals("[]", Api.get("/api/v1/question-banks/" + course.bank() + "/questions/" + choice, trainer).json()
                .getJsonArray("translations").toString());
        String again = Api.get("/api/v1/question-banks/" + course.bank() + "/translations/ru", trainer).body();
        assertTrue(again.contains("<target>Psychologist [русский]</target>"), "a second export carries the translation: " + again);
        assertEquals(403, Api.get("/api/v1/question-banks/" + course.bank() + "/translations/ru",
                Api.token(Api.newLearner("bank-reader", PASSWORD), PASSWORD)).status());

        // a learner reading Russian sits the translated question in Russian
        long quiz = CourseFixtures.quiz(trainer, course.course(), course.module(), course.bank(), Json.createObjectBuilder()
                .add("title", "Pairs check").add("required", false).add("slots", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("questionId", pairs))));
        String learner = Api.newLearner("pairs-reader", PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course.course() + "/enrolments", Api.token(learner, PASSWORD), "").status());
        try {
            browser.signIn(learner, PASSWORD);
            browser.chooseLanguage("ru");
            browser.open("/courses/quiz.xhtml?id=" + quiz);
            browser.click("startForm:start");
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/courses/attempt.xhtml"));
            org.openqa.selenium.WebElement question = browser.driver.findElement(By.cssSelector(".question"));
            assertTrue(question.getText().contains("Psychologist [русский]"), question.getText());
            assertEquals("ru", question.findElement(By.cssSelector(".question-text")).getAttribute("lang"));
            assertTrue(question.findElements(By.cssSelector(".fallback-note")).isEmpty(), "nothing shown in another language");
            browser.chooseLanguage("en");
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
    }

    /**
     * A cloze question with hints goes out with its gaps in its text and a unit per hint; a translation
     * that keeps the gaps is taken, one that drops a gap is refused by id; the file is uploaded on the
     * bank's page in the browser.
     */
    @Test
    void aClozeQuestionWithHintsIsTranslatedOnTheBanksPage(TestInfo test) throws Exception {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        CourseFixtures.WithBank course = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Gaps in tongues"), Api.unique("Gap bank"));
        String xml = """
                <quiz><question type="cloze"><name><text>Gaps</text></name>
                <questiontext format="html"><text><![CDATA[<p>Children are {1:SHORTANSWER:=victims#Yes} first.</p>]]></text></questiontext>
                <hint format="html"><text><![CDATA[<p>Think of who suffered.</p>]]></text></hint>
                <hint format="html"><text><![CDATA[<p>The law says so too.</p>]]></text></hint>
                </question></quiz>
                """;
        Api.Reply imported = Api.send(Api.request("/api/v1/question-banks/" + course.bank() + "/imports?format=moodlexml&mode=all", trainer)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
        assertTrue(imported.status() / 100 == 2, imported.body());
        long gaps = Api.get("/api/v1/question-banks/" + course.bank() + "/questions", trainer).array().getJsonObject(0).getJsonNumber("id").longValue();
        String exported = Api.get("/api/v1/question-banks/" + course.bank() + "/translations/kk", trainer).body();
        Map<String, String> units = units(exported);
        assertEquals(List.of("q" + gaps + ".text", "q" + gaps + ".hint0", "q" + gaps + ".hint1"), List.copyOf(units.keySet()));
        assertTrue(units.get("q" + gaps + ".text").contains("{1:SHORTANSWER:=victims#Yes}"), units.toString());

        // a gap dropped in translation: the question is refused, by its units' ids
        String dropped = translate(exported, "қазақша").replaceFirst("<target>(&lt;p&gt;)?Children are \\{1:SHORTANSWER:=victims#Yes\\} first\\.",
                "<target>$1Балалар бірінші.");
        Api.Reply refused = post("/api/v1/question-banks/" + course.bank() + "/translations", trainer, dropped);
        assertEquals(200, refused.status(), refused.body());
        assertEquals(0, refused.json().getInt("questions"), refused.body());
        assertTrue(refused.json().getJsonArray("refused").toString().contains("q" + gaps + ".text"), refused.body());

        // the whole translation, gaps kept (the marker lands after the gap), uploaded on the bank's page
        Path file = Files.createTempFile("bank-kk", ".xlf");
        Files.writeString(file, translate(exported, "қазақша"));
        try {
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/author/questions.xhtml?id=" + course.course() + "&bank=" + course.bank());
            browser.driver.findElement(By.id("translationForm:file")).sendKeys(file.toAbsolutePath().toString());
            browser.click("translationForm:importTranslation");
            browser.waitForText("pageMessages", "Қазақша");
            assertTrue(browser.driver.findElement(By.id("pageMessages")).getText().startsWith("1 question translated"),
                    browser.driver.findElement(By.id("pageMessages")).getText());
            browser.checkPage();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        } finally {
            Files.deleteIfExists(file);
            browser.open("/index.xhtml");
            browser.signOut();
        }
        JsonObject kk = Api.get("/api/v1/question-banks/" + course.bank() + "/questions/" + gaps, trainer).json();
        assertEquals("[\"kk\"]", kk.getJsonArray("translations").toString());
        String again = Api.get("/api/v1/question-banks/" + course.bank() + "/translations/kk", trainer).body();
        assertTrue(again.contains("Think of who suffered. [қазақша]"), "the hint came back translated: " + again);
    }

    /** Unit id to source text (as written in the file), in file order. */
    private static Map<String, String> units(String xliff) {
        Map<String, String> units = new LinkedHashMap<>();
        Matcher m = UNIT.matcher(xliff);
        while (m.find()) {
            units.put(m.group(1), m.group(2));
        }
        return units;
    }

    /** What a translator's tool gives back: every unit with a target, here the source marked with the language. */
    private static String translate(String xliff, String marker) {
        Matcher m = UNIT.matcher(xliff);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String source = m.group(2);
            String target = source.endsWith("&lt;/p&gt;")
                    ? source.substring(0, source.length() - "&lt;/p&gt;".length()) + " [" + marker + "]&lt;/p&gt;"
                    : source + " [" + marker + "]";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(0) + "<target>" + target + "</target>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Api.Reply post(String path, String token, String xliff) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/xliff+xml")
                .POST(HttpRequest.BodyPublishers.ofString(xliff, StandardCharsets.UTF_8)));
    }
}
