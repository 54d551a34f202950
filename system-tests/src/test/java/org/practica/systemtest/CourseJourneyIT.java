package org.practica.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course from its first word to a learner's completion, in a real headless Chromium: the demo
 * trainer writes a course with a module and two lessons and publishes it (after being told why an
 * empty course cannot be); a new learner finds it in the catalogue, enrols, reads both lessons
 * and completes it.
 */
class CourseJourneyIT extends BrowserJourney {

    @Test
    void trainerPublishesACourseThatALearnerFindsReadsAndCompletes(TestInfo test) {
        String title = Api.unique("Working with guardians");
        String password = "slow lines and small screens";
        String learner = Api.newLearner("reader", password);
        try {
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.click("newCourse");
            // a course with no title, no audience and hours that are no number: all three said at once
            browser.type("courseForm:cpdHours", "1000");
            browser.click("courseForm:save");
            browser.waitForRefusals("courseForm:title", "courseForm:title", "courseForm:audiences", "courseForm:cpdHours");
            browser.type("courseForm:cpdHours", "1,5");
            browser.type("courseForm:title", title);
            browser.type("courseForm:summary", "How grandparents and relatives who take children in can be prepared and supported.");
            browser.driver.findElement(By.cssSelector("input[name='courseForm:audiences'][value='teacher']")).click();
            browser.type("courseForm:themes", "guardianship, child-rights");
            browser.type("courseForm:estimatedMinutes", "30");
            browser.click("courseForm:save");
            browser.waitForText("status", "Draft");

            // publishing asks first, and the answer is given only to the second press
            browser.click("publishForm:publish-ask");
            browser.waitForText("publishForm", "Learners see it at once");
            browser.click("publishForm:publish");
            browser.waitForText("pageMessages", "An empty course cannot be published");

            // a page saved as .png is refused next to the field; a real picture is kept
            browser.driver.findElement(By.id("uploadForm:file")).sendKeys(file("notes.png", "<html>not a picture</html>".getBytes()).toString());
            browser.click("uploadForm:upload");
            browser.waitForText("uploadForm", "but the file is text/html");
            browser.driver.findElement(By.id("uploadForm:file")).sendKeys(file("family-tree.png", MediaIT.png(4000)).toString());
            browser.click("uploadForm:upload");
            browser.waitForText("files", "family-tree.png");

            browser.type("modulesForm:newModuleTitle", "Before the child arrives");
            browser.click("modulesForm:addModule");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".add-lesson")));
            writeLesson("Who the guardians are", "Most guardians are grandparents who hardly knew the child.");
            writeLesson("What guardians need from us", "Guardians need <b>training</b>, a named contact and regular visits.");
            browser.waitForText("modules", "What guardians need from us");
            browser.click("publishForm:publish-ask");
            browser.click("publishForm:publish");
            browser.waitForText("status", "Published");
            browser.signOut();

            browser.signIn(learner, password);
            browser.click("browseCatalogue");
            browser.type("q", title);
            browser.click("search");
            browser.waitForText("resultCount", "One course");
            browser.driver.findElement(By.linkText(title)).click();
            browser.click("enrolForm:enrol");
            browser.click("resume");

            browser.waitForText("lessonTitle", "Who the guardians are");
            browser.click("doneForm:markDone");
            browser.waitForText("lessonTitle", "What guardians need from us");
            WebElement bold = browser.driver.findElement(By.cssSelector("#lessonText strong, #lessonText b"));
            assertEquals("training", bold.getText());
            browser.screenshot(test.getDisplayName() + "-lesson");
            browser.click("doneForm:markDone");

            browser.waitForText("completedNow", "you completed");
            browser.waitForText("completedNote", "Completed on");
            browser.waitForText("progressText", "2 of 2 lessons done");
            assertTrue(browser.driver.findElements(By.id("enrolForm:enrol")).isEmpty());
            // days are written as the language writes them, never as a raw timestamp
            java.util.regex.Pattern iso = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
            assertFalse(iso.matcher(browser.driver.findElement(By.id("completedNote")).getText()).find());
            java.util.regex.Matcher courseId = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver.getCurrentUrl());
            assertTrue(courseId.find(), browser.driver.getCurrentUrl());

            browser.open("/index.xhtml");
            browser.waitForText("learnerCard", title);
            assertFalse(browser.driver.findElement(By.id("learnerCard")).getText().contains("Resume"));
            browser.screenshot(test.getDisplayName() + "-done");
            browser.signOut();

            // the trainer's view of the learner: every day readable, none a raw instant
            browser.signIn("trainer", Api.DEMO_PASSWORD);
            browser.open("/author/learner.xhtml?id=" + courseId.group(1) + "&username=" + learner);
            browser.waitForText("lessons", "What guardians need from us");
            String page = browser.driver.findElement(By.id("content")).getText();
            assertFalse(iso.matcher(page).find(), page);
            assertFalse(java.util.regex.Pattern.compile("\\dT\\d").matcher(page).find(), page);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName() + "-failure");
            throw e;
        }
    }

    private static java.nio.file.Path file(String name, byte[] content) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("upload");
            return java.nio.file.Files.write(dir.resolve(name), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writeLesson(String title, String text) {
        browser.driver.findElements(By.cssSelector(".add-lesson")).get(0).click();
        browser.type("lessonForm:title", title);
        WebElement editor = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ql-editor")));
        editor.click();
        // Quill keeps formatting typed as markup literally, so bold is applied with its shortcut
        if (text.contains("<b>")) {
            String[] parts = text.split("<b>|</b>");
            editor.sendKeys(parts[0]);
            editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "b"), parts[1],
                    org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "b"), parts[2]);
        } else {
            editor.sendKeys(text);
        }
        browser.type("lessonForm:estimatedMinutes", "10");
        browser.click("lessonForm:save");
        browser.waitForText("modules", title);
    }
}
