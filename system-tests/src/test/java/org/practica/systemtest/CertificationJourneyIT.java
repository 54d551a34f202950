package org.practica.systemtest;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            browser.type("programmeForm:title", title);
            browser.type("programmeForm:wording", "has practised under supervision to the standard of the Association");
            browser.driver.findElement(By.xpath("//label[normalize-space()='Issued as soon as every requirement is met']")).click();
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
            browser.driver.findElement(By.cssSelector("#certificate-" + id + " input[value='Revoke']")).click();
            browser.waitForText("error-reason-" + id, "required");
            browser.type("reason-" + id, "Supervision records under review by the Committee");
            browser.driver.findElement(By.cssSelector("#certificate-" + id + " input[value='Revoke']")).click();
            browser.waitForText("pageMessages", certificate.getString("serial") + " has been revoked");
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
}
