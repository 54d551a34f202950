package org.practica.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role walks its pages, in English, in Russian and in Arabic (right to left): each page of its menu and each page
 * those link to (one of each kind), checked as every page is ({@link Browser#checkPage}: axe-core
 * at phone and desktop width, no sideways scroll at 360 px). So a page that a journey does not
 * reach is still held to the same rules.
 * <p>
 * With {@code -Dpractica.test.docs.screenshots=DIR} (see {@code docs/screenshots/refresh.sh}) the
 * tour also photographs the English pages of {@link #PHOTOGRAPHED} at phone and desktop width.
 */
class PagesTourIT extends BrowserJourney {

    private static final int MOST_PAGES = 14;
    private static String signedIn = "";
    /** The pages the README shows, by role and path. */
    static final List<String> PHOTOGRAPHED = List.of("learner /index.xhtml", "learner /courses/index.xhtml",
            "learner /courses/course.xhtml", "learner /courses/lesson.xhtml", "learner /certificates/index.xhtml",
            "trainer /index.xhtml", "trainer /author/course.xhtml", "trainer /author/questions.xhtml", "supervisor /mentoring/relationship.xhtml",
            "registrar /registry/index.xhtml", "admin /admin/users.xhtml");

    @ParameterizedTest
    @ValueSource(strings = {"learner", "journalist", "trainer", "supervisor", "registrar", "admin", "manager"})
    void everyPageOfARoleIsAccessibleAndFitsAPhoneInEnglishRussianAndArabic(String account) {
        browser.signIn(account, Api.DEMO_PASSWORD);
        signedIn = account;
        try {
            List<String> pages = pagesOf();
            assertTrue(pages.size() >= 3, account + " reaches " + pages);
            for (String language : List.of("ru", "ar")) {
                browser.chooseLanguage(language);
                for (String page : pages) {
                    browser.open(page);
                    // right to left from the page down to PrimeFaces' own widgets
                    assertTrue(!language.equals("ar") || "rtl".equals(browser.driver.findElement(By.tagName("html")).getAttribute("dir")), page);
                }
            }
        } finally {
            browser.open("/index.xhtml");
            browser.chooseLanguage("en");
            browser.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.signOut();
        }
    }

    @Test
    void theAnonymousVisitorsPagesAreAccessibleInBothLanguages() {
        browser.driver.manage().deleteAllCookies();
        for (String language : List.of("en", "ru")) {
            browser.open("/login.xhtml");
            browser.chooseLanguage(language);
            browser.wait.until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.checkPage();
            browser.open("/verify.xhtml");
            browser.open("/no-such-page.xhtml");
            browser.open("/unsubscribe.xhtml?t=no-such-token&k=ENROLLED");
        }
        // switching language keeps the code being verified and its verdict
        browser.open("/verify.xhtml?code=NOT-A-REAL-CODE");
        browser.chooseLanguage("en");
        browser.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(browser.driver.getCurrentUrl().contains("code=NOT-A-REAL-CODE"), browser.driver.getCurrentUrl());
        assertTrue(!browser.driver.findElement(By.id("verdict")).getText().isBlank(), "the verdict is shown again");
    }

    /** The menu's pages and, from each, the first link to every other kind of page; each opened and checked once. */
    private static List<String> pagesOf() {
        Map<String, String> byPath = new LinkedHashMap<>();
        List<String> toVisit = new ArrayList<>(links("nav.menu a"));
        for (int i = 0; i < toVisit.size() && byPath.size() < MOST_PAGES; i++) {
            String page = toVisit.get(i);
            String path = URI.create(Api.BASE + page).getPath();
            if (byPath.containsKey(path)) {
                continue;
            }
            byPath.put(path, page);
            browser.open(page);
            photograph(path);
            toVisit.addAll(links("main a[href]"));
        }
        return new ArrayList<>(byPath.values());
    }

    private static void photograph(String path) {
        String dir = System.getProperty("practica.test.docs.screenshots", "");
        String account = browser.driver.findElements(By.id("logoutForm")).isEmpty() ? "" : signedIn;
        if (dir.isBlank() || !PHOTOGRAPHED.contains(account + " " + path)) {
            return;
        }
        String name = account + path.replace(".xhtml", "").replace('/', '-');
        browser.photograph(java.nio.file.Path.of(dir), name);
    }

    private static List<String> links(String selector) {
        List<String> found = new ArrayList<>();
        for (WebElement link : browser.driver.findElements(By.cssSelector(selector))) {
            String href = link.getAttribute("href");
            if (href != null && href.startsWith(Api.BASE) && URI.create(href).getPath().endsWith(".xhtml")) {
                found.add(href.substring(Api.BASE.length()).replaceAll("#.*$", ""));
            }
        }
        return found;
    }
}
