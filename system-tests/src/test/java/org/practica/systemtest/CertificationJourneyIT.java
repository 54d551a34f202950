package org.practica.systemtest;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real Chromium: the demo registrar defines a programme (a programme without requirements is
 * refused beside the requirements) and opens it; the demo learner, who has the supervised hours it
 * asks for, sees every requirement met and gets the certificate; the public page, without signing
 * in, shows it valid; the registrar revokes it with a reason and the public page shows it revoked.
 */
class CertificationJourneyIT extends BrowserJourney {

    @Test
    void aRegistrarDefinesAProgrammeTheLearnerMeetsItAndThePublicSeesTheCertificate(TestInfo test) {
        String title = Api.unique("Supervised trauma practice");
        try {
            browser.signIn("registrar", Api.DEMO_PASSWORD);
            browser.open("/registry/programme.xhtml");
            // an empty programme with hours that are no number and too long a grace: all said at once
            new Select(browser.driver.findElement(By.id("req-kind-0"))).selectByValue("SUPERVISED_HOURS");
            browser.type("req-hours-0", "lots");
            browser.type("programmeForm:renewalGraceDays", "999");
            browser.click("programmeForm:save");
            browser.waitForRefusals("programmeForm:title-en", "programmeForm:title", "programmeForm:wording", "programmeForm:renewalGraceDays",
                    "programmeForm:requirements", "programmeForm:signatories");
            browser.waitForText(By.id("programmeForm:requirements"), "“lots” is not a number.");
            assertEquals("lots", browser.driver.findElement(By.id("req-hours-0")).getAttribute("value"), "the row keeps what was typed");
            new Select(browser.driver.findElement(By.id("req-kind-0"))).selectByValue("");
            browser.type("programmeForm:renewalGraceDays", "90");
            browser.type("programmeForm:title-en", title);
            browser.type("programmeForm:wording-en", "has practised under supervision to the standard of the Association");
            browser.type("programmeForm:title-kk", "Қадағаланатын жарақат тәжірибесі");
            browser.driver.findElement(By.xpath("//label[normalize-space()='Issued at the holder’s request, without approval, once every requirement is met']")).click();
            browser.type("sig-name-0", "Dana Seitkali");
            browser.type("sig-role-0", "Chair of the Certification Committee");
            browser.click("programmeForm:save");
            browser.waitForText(By.id("programmeForm:requirements"), "at least one requirement");

            new Select(browser.driver.findElement(By.id("req-kind-0"))).selectByValue("SUPERVISED_HOURS");
            browser.type("req-hours-0", "5");
            browser.click("programmeForm:save");
            browser.waitForText("pageMessages", "has been saved");
            WebElement row = browser.driver.findElement(By.xpath("//table[@id='programmes']//tr[td/a[normalize-space()='" + title + "']]"));
            String rowId = row.getAttribute("id");
            long programme = Long.parseLong(rowId.substring("programme-".length()));
            assertEquals("Қадағаланатын жарақат тәжірибесі", Api.get("/api/v1/programmes/" + programme,
                    Api.token("registrar", Api.DEMO_PASSWORD)).json().getJsonObject("title").getString("kk"), "a title in any content language");
            assertEquals("Draft", row.findElement(By.className("status")).getText());
            row.findElement(By.cssSelector("input[value='Open']")).click();
            browser.waitForText(By.cssSelector("#" + rowId + " .status"), "Open");
            browser.signOut();

            browser.signIn("learner", Api.DEMO_PASSWORD);
            browser.open("/certificates/index.xhtml");
            WebElement section = browser.driver.findElement(By.id("programme-" + programme));
            assertTrue(section.getText().contains("5 hours of supervised practice, signed off"), section.getText());
            assertTrue(section.findElements(By.cssSelector("li.unmet")).isEmpty(), "every requirement met");
            section.findElement(By.cssSelector("input[type='submit']")).click();
            browser.waitForText("pageMessages", "has been issued");
            JsonObject certificate = Api.get("/api/v1/certificates/mine", Api.token("learner", Api.DEMO_PASSWORD)).array().stream()
                    .map(v -> v.asJsonObject()).filter(c -> c.getJsonNumber("programmeId").longValue() == programme).findFirst().orElseThrow();
            long id = certificate.getJsonNumber("id").longValue();
            browser.waitForText("status-" + id, "Valid");
            String verifyLink = browser.driver.findElement(By.id("verify-" + id)).getAttribute("href");
            assertTrue(verifyLink.endsWith("code=" + certificate.getString("verificationCode")), verifyLink);
            browser.signOut();

            browser.driver.get(verifyLink);
            browser.waitForText("verdict", "Valid");
            assertEquals(title, browser.driver.findElement(By.id("programme")).getText());
            assertEquals("L. L.", browser.driver.findElement(By.id("holder")).getText(), "initials unless the holder allows more");
            assertEquals(certificate.getString("serial"), browser.driver.findElement(By.id("serial")).getText());

            browser.signIn("registrar", Api.DEMO_PASSWORD);
            browser.open("/registry/certificates.xhtml?holder=learner&programme=" + programme);
            // revoking asks first; a revocation without a reason is refused beside the reason
            browser.driver.findElement(By.cssSelector("#certificate-" + id + " summary[id$='revoke-ask']")).click();
            browser.driver.findElement(By.cssSelector("#certificate-" + id + " input[value='Yes, revoke it']")).click();
            browser.waitForText("error-reason-" + id, "required");
            browser.type("reason-" + id, "Supervision records under review by the Committee");
            browser.driver.findElement(By.cssSelector("#certificate-" + id + " summary[id$='revoke-ask']")).click();
            browser.driver.findElement(By.cssSelector("#certificate-" + id + " input[value='Yes, revoke it']")).click();
            browser.waitForText("pageMessages", certificate.getString("serial") + " has been revoked");
            browser.signOut();

            // the holder's card says when and why, and offers no printout of a revoked certificate
            browser.signIn("learner", Api.DEMO_PASSWORD);
            browser.open("/certificates/index.xhtml");
            browser.waitForText("revoked-" + id, "Supervision records under review by the Committee");
            assertTrue(browser.driver.findElement(By.id("revoked-" + id)).getText().startsWith("Revoked on "));
            assertTrue(browser.driver.findElements(By.id("pdf-" + id)).isEmpty());
            browser.signOut();

            browser.driver.get(verifyLink);
            browser.waitForText("verdict", "Revoked");
            assertTrue(browser.driver.findElements(By.id("revokedOn")).size() == 1);
            assertTrue(!browser.driver.getPageSource().contains("under review"), "the reason stays with the body");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }

    @Test
    void anAdminRegistersABodyWithALogoAndTheRegistrarReadsTheReport(TestInfo test) throws Exception {
        String registrarName = Api.newUser("desk", "a registrar of a new body", "REGISTRAR", "Demo Association of Psychologists");
        StringBuilder code = new StringBuilder("N");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 5; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        java.nio.file.Path logo = java.nio.file.Files.createTempFile("logo", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", logo.toFile());
        try {
            browser.driver.manage().deleteAllCookies();
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/bodies.xhtml");
            browser.type("registerForm:code", "x1");
            browser.type("registerForm:names-en", "Demo Guild of School Counsellors");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("registerForm:country"))).selectByValue("UZ");
            browser.type("registerForm:registrars", registrarName);
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("registerForm:country"))).selectByValue("");
            browser.click("registerForm:registerBody");
            // the code and the country refused together
            browser.waitForRefusals("registerForm:code", "registerForm:code", "registerForm:country");
            browser.waitForText(By.xpath("//input[@id='registerForm:code']/following-sibling::*[contains(@class,'ui-message')]"), "2 to 6 capital letters");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("registerForm:country"))).selectByValue("UZ");
            browser.type("registerForm:code", code.toString());
            browser.click("registerForm:registerBody");
            browser.waitForText("pageMessages", "has been registered with the code " + code);
            WebElement row = browser.driver.findElement(By.id("body-" + code));
            assertTrue(row.getText().contains("No logo yet"), row.getText());
            row.findElement(By.cssSelector("input[type='file']")).sendKeys(logo.toString());
            // the chosen file is shown before it is uploaded
            browser.wait.until(d -> d.findElement(By.cssSelector("#body-" + code + " img.chosen")).isDisplayed());
            row.findElement(By.cssSelector("input[value='Upload PNG']")).click();
            browser.waitForText("pageMessages", "The logo of Demo Guild of School Counsellors has been saved.");
            WebElement saved = browser.driver.findElement(By.cssSelector("#body-" + code + " img.logo-preview:not(.chosen)"));
            assertEquals("Logo of Demo Guild of School Counsellors", saved.getAttribute("alt"));
            browser.signOut();

            browser.signIn(registrarName, "a registrar of a new body");
            browser.open("/registry/index.xhtml");
            browser.waitForText("bodyName", "Demo Guild of School Counsellors");
            browser.open("/registry/report.xhtml");
            browser.waitForText("totals", "0 certificates issued");
            browser.signOut();

            browser.signIn("registrar", Api.DEMO_PASSWORD);
            browser.open("/registry/report.xhtml");
            browser.waitForText("chart", "Certificates issued per month and programme");
            assertTrue(browser.driver.findElements(By.cssSelector("#chart rect")).size() >= 1, "a bar per programme and month");
            // every month of the period has its place on the axis, named, and the table writes months out
            assertTrue(browser.driver.findElements(By.cssSelector("#chart text")).size() >= 2 + 6, "months named along the axis");
            assertFalse(browser.driver.findElement(By.id("lines")).getText().matches("(?s).*\\b\\d{4}-\\d{2}\\b.*"), "no 2026-11 in the table");
            assertTrue(browser.driver.findElement(By.id("lines")).getText().contains("KZ"), "the region of the demo learner");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        } finally {
            java.nio.file.Files.deleteIfExists(logo);
        }
    }

    @Test
    void aRegistrarCertifiesACohortAndWatchesTheProgressBar(TestInfo test) {
        String registrar = Api.token("registrar", Api.DEMO_PASSWORD);
        String title = Api.unique("Cohort practitioner");
        Api.Reply made = Api.post("/api/v1/programmes", registrar, CertificatesIT.programme("AUTOMATIC", CertificatesIT.supervisedHours(5))
                .replace("Supervised practitioner", title));
        assertEquals(201, made.status(), made.body());
        long programme = made.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/api/v1/programmes/" + programme + "/activation", registrar, "").status());
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String cohortName = Api.unique("Spring intake");
        long cohort = Api.post("/api/v1/courses/1/cohorts", trainer, jakarta.json.Json.createObjectBuilder().add("name", cohortName)
                .add("startsOn", "2026-01-01").add("endsOn", "2026-12-31").build().toString()).json().getJsonNumber("id").longValue();
        String other = Api.newLearner("cohort-peer", "a peer in the cohort");
        assertEquals(200, Api.post("/api/v1/courses/1/learners", trainer, jakarta.json.Json.createObjectBuilder()
                .add("learners", jakarta.json.Json.createArrayBuilder().add("learner").add(other)).add("cohortId", cohort).build().toString())
                .status());
        try {
            browser.driver.manage().deleteAllCookies();
            browser.signIn("registrar", Api.DEMO_PASSWORD);
            browser.open("/registry/bulk.xhtml");
            browser.click("bulkForm:start");
            browser.waitForText(By.xpath("//select[@id='bulkForm:programme']/following-sibling::*[contains(@class,'ui-message')]"),
                    "required");
            new Select(browser.driver.findElement(By.id("bulkForm:programme"))).selectByVisibleText(title);
            new Select(browser.driver.findElement(By.id("bulkForm:cohort"))).selectByVisibleText(
                    "Trauma-informed care for returnee women and children · " + cohortName);
            browser.click("bulkForm:start");
            browser.waitForText("pageMessages", "A run for 2 people");
            WebElement row = browser.driver.findElement(By.xpath("//table[@id='runs']//tr[td[normalize-space()='"
                    + "Trauma-informed care for returnee women and children · " + cohortName + "']]"));
            String id = row.getAttribute("id");
            // the page reloads itself while the run works; wait until it says the run is complete
            browser.wait.until(d -> d.findElement(By.id(id)).findElement(By.className("status")).getText().contains("complete"));
            WebElement done = browser.driver.findElement(By.id(id));
            assertEquals("100", done.findElement(By.tagName("progress")).getAttribute("value"));
            String issued = done.findElement(By.className("issued")).getText();
            assertTrue(issued.startsWith("1\n"), "the demo learner has the hours; the peer has none: " + issued);
            assertTrue(issued.contains("1 does not meet every requirement yet"), "and the run says why the peer has none: " + issued);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(test.getDisplayName());
            throw e;
        }
    }
}
