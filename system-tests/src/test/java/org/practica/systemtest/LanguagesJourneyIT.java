package org.practica.systemtest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner reads Practica in each of the seven languages besides English: signs in, picks the
 * language in the header, and goes through the dashboard, the catalogue, a course, a lesson, a
 * quiz attempt and the certificates page. On every page: the page's {@code lang} and {@code dir},
 * the usual checks (axe-core, no sideways scroll at 360 px), and no interface text left in
 * English: each text and label on the page is compared with the English bundle's values, so an
 * untranslated or hard-wired English string is caught wherever it appears. Arabic pages run right
 * to left with the brand and menu on the right.
 */
class LanguagesJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "eight languages spoken here";
    private static final Path BUNDLES = Path.of("../lms-server/src/main/resources");
    private static CourseFixtures.WithBank course;
    private static long quiz;
    private static String lesson;

    @BeforeAll
    static void aCourseWithALessonAndAQuiz() {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        course = CourseFixtures.publishedCourseWithBank(trainer, Api.unique("Many tongues"), Api.unique("Tongues bank"));
        quiz = CourseFixtures.essayCheckIn(trainer, course);
        lesson = Api.get("/api/v1/courses/" + course.course(), trainer).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("lessons").getJsonObject(0).getString("key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "uz", "ky", "tg", "sq", "ar"})
    void aLearnerReadsEveryPageOfTheirJourneyInTheirLanguage(String code) throws IOException {
        Set<String> english = untranslatedIfSeen(code);
        String username = Api.newLearner("tongue-" + code, PASSWORD);
        assertEquals(201, Api.post("/api/v1/courses/" + course.course() + "/enrolments", Api.token(username, PASSWORD), "").status());
        String direction = code.equals("ar") ? "rtl" : "ltr";
        try {
            browser.signIn(username, PASSWORD);
            browser.chooseLanguage(code);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            for (String page : List.of("/index.xhtml", "/courses/index.xhtml", "/courses/course.xhtml?id=" + course.course(),
                    "/courses/lesson.xhtml?course=" + course.course() + "&lesson=" + lesson, "/courses/quiz.xhtml?id=" + quiz,
                    "/certificates/index.xhtml", "/account.xhtml")) {
                browser.open(page);
                readsIn(code, direction, english, page);
                if (page.startsWith("/courses/course.xhtml") || page.startsWith("/courses/lesson.xhtml")) {
                    // the course is written in English only: the page says so, in the reader's language
                    String note = browser.driver.findElement(By.cssSelector(".fallback-note")).getText();
                    assertTrue(note.contains("English") && !note.startsWith("Shown in"), page + ": " + note);
                }
            }
            browser.open("/courses/quiz.xhtml?id=" + quiz);
            browser.click("startForm:start");
            browser.wait.until(ExpectedConditions.urlContains("/courses/attempt.xhtml"));
            browser.checkPage();
            readsIn(code, direction, english, "the attempt");
            assertTrue(browser.driver.findElement(By.cssSelector(".question .fallback-note")).getText().contains("English"),
                    "an untranslated question says so");
            assertEquals("en", browser.driver.findElement(By.cssSelector(".question .question-text")).getAttribute("lang"));

            if (code.equals("ar")) {
                Dimension size = browser.driver.manage().window().getSize();
                browser.driver.manage().window().setSize(new Dimension(1280, size.getHeight()));
                try {
                    Number brandLeft = (Number) js.executeScript("return document.querySelector('.topbar .brand').getBoundingClientRect().left");
                    Number width = (Number) js.executeScript("return document.documentElement.clientWidth");
                    assertTrue(brandLeft.doubleValue() > width.doubleValue() / 2, "the brand and menu start on the right: " + brandLeft + " of " + width);
                } finally {
                    browser.driver.manage().window().setSize(size);
                }
            }
            // the reading can fail: the same dashboard in English shows the texts it looks for
            browser.chooseLanguage("en");
            browser.open("/index.xhtml");
            assertTrue(englishIn(textsOnPage(), english).size() >= 5, "the English dashboard shows English texts the check knows");
        } finally {
            browser.open("/index.xhtml");
            browser.signOut();
        }
    }

    /** The page is in the language and direction chosen, and shows no interface text in English. */
    private void readsIn(String code, String direction, Set<String> english, String page) {
        assertEquals(code, browser.driver.findElement(By.tagName("html")).getAttribute("lang"), page);
        assertEquals(direction, browser.driver.findElement(By.tagName("html")).getAttribute("dir"), page);
        List<String> texts = textsOnPage();
        assertEquals(Set.of(), englishIn(texts, english), "English interface text on " + page + " in " + code);
        assertTrue(texts.size() > 10, "the page was read: " + texts);
    }

    /** Every text a reader meets on the page in its own language: text, labels, titles, button captions, the title. */
    private List<String> textsOnPage() {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser.driver).executeScript("""
                const lang = document.documentElement.lang;
                const seen = [document.title.split(' · ')[0].trim()];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    const owner = n.parentElement;
                    if (!owner || owner.closest('script,style')) continue;
                    const marked = owner.closest('[lang]');
                    if (marked && marked.getAttribute('lang') !== lang) continue;   // content or a language's own name
                    const t = n.textContent.replace(/\\s+/g, ' ').trim();
                    if (t) seen.push(t);
                }
                for (const e of document.querySelectorAll('[title],[aria-label],[placeholder],[alt],input[type=submit],input[type=button]')) {
                    const marked = e.closest('[lang]');
                    if (marked && marked.getAttribute('lang') !== lang) continue;
                    for (const a of ['title', 'aria-label', 'placeholder', 'alt', 'value']) {
                        const v = e.getAttribute(a);
                        if (v && (a !== 'value' || e.matches('input[type=submit],input[type=button]'))) seen.push(v.trim());
                    }
                }
                return seen;""");
        return texts;
    }

    private static Set<String> englishIn(List<String> texts, Set<String> english) {
        Set<String> left = new TreeSet<>();
        for (String t : texts) {
            if (english.contains(t)) {
                left.add(t);
            }
        }
        return left;
    }

    /**
     * The English bundle's texts that, if seen on a page in {@code code}, can only be untranslated:
     * whole messages without arguments, with a letter in them, that the language writes otherwise
     * (names such as Practica or HTML read the same in every language and are left out).
     */
    private static Set<String> untranslatedIfSeen(String code) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + code + ".properties");
        Set<String> values = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key).strip();
            if (!value.contains("{") && value.codePoints().anyMatch(Character::isLetter) && value.length() > 2
                    && !value.equals(translated.getProperty(key, "").strip())) {
                values.add(value);
            }
        }
        // a value the language itself uses for another key is not English left behind
        translated.stringPropertyNames().forEach(k -> values.remove(translated.getProperty(k).strip()));
        return values;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
