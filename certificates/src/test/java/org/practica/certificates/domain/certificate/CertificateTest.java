package org.practica.certificates.domain.certificate;

import org.junit.jupiter.api.Test;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.IssuingMode;
import org.practica.certificates.domain.programme.ProgrammeTerms;
import org.practica.certificates.domain.programme.RenewalRule;
import org.practica.certificates.domain.programme.Requirement;
import org.practica.certificates.domain.programme.Signatory;
import org.practica.kernel.Conflict;
import org.practica.kernel.NotPermitted;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateTest {

    private static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");
    private static final LocalDate ISSUED = LocalDate.parse("2026-03-15");

    static CertificationProgramme programme() throws Exception {
        CertificationProgramme p = new CertificationProgramme(new BodyId(4), new ProgrammeTerms(Map.of("en", "Ethical reporting"),
                Map.of("en", "has completed"), List.of(new Requirement.CourseCompleted(1)), 24, new RenewalRule(BigDecimal.TEN, 90, 60),
                IssuingMode.AUTOMATIC, List.of(new Signatory("A. Berisha", "Secretary"))), "registrar", NOW);
        Field id = CertificationProgramme.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(p, 9L);
        p.activate();
        return p;
    }

    private static Certificate issued() throws Exception {
        return Certificate.first(CertificateSerial.of("UJ", 2026, 1), VerificationCode.generate(), programme(), "lola", "Lola Learner",
                null, ISSUED, "registrar", NOW);
    }

    @Test
    void aCertificateIsValidThenExpiresOrIsRevoked() throws Exception {
        Certificate c = issued();
        assertEquals(NameDisclosure.INITIALS, c.nameDisclosure(), "initials unless the holder chooses otherwise");
        assertEquals(LocalDate.parse("2028-03-14"), c.validity().until());
        assertEquals(VerifiedStatus.VALID, c.statusOn(LocalDate.parse("2028-03-14")));
        assertEquals(VerifiedStatus.EXPIRED, c.statusOn(LocalDate.parse("2028-03-15")));
        assertEquals("reason", assertThrows(org.practica.kernel.InvalidInput.class, () -> c.revoke("registrar", " ", NOW)).field());
        c.revoke("registrar", "Obtained with a borrowed identity", NOW);
        assertEquals(VerifiedStatus.REVOKED, c.statusOn(LocalDate.parse("2026-04-01")));
        assertThrows(Conflict.class, () -> c.revoke("registrar", "again", NOW));
    }

    @Test
    void renewalIsAskedForWithinItsWindowAndContinuesTheValidity() throws Exception {
        CertificationProgramme p = programme();
        Certificate c = issued();
        assertThrows(Conflict.class, () -> c.renewed(CertificateSerial.of("UJ", 2027, 5), VerificationCode.generate(), p,
                LocalDate.parse("2027-12-14"), "lola", NOW), "91 days before the end is too early");
        Certificate next = c.renewed(CertificateSerial.of("UJ", 2027, 5), VerificationCode.generate(), p, LocalDate.parse("2027-12-15"),
                "lola", NOW);
        assertEquals(IssueReason.RENEWAL, next.reason());
        assertEquals(LocalDate.parse("2028-03-15"), next.validity().from());
        assertEquals(LocalDate.parse("2030-03-14"), next.validity().until());
        assertTrue(c.renewableOn(LocalDate.parse("2028-05-13"), p), "the last day of the grace period");
        assertThrows(Conflict.class, () -> c.renewed(CertificateSerial.of("UJ", 2028, 1), VerificationCode.generate(), p,
                LocalDate.parse("2028-05-14"), "lola", NOW), "after the grace period one is certified afresh");
    }

    @Test
    void aReissueUnderANewNameKeepsTheValidityAndRevokesTheOldOne() throws Exception {
        Certificate c = issued();
        Certificate renamed = c.reissuedAs("Lola Learner-Berisha", CertificateSerial.of("UJ", 2026, 2), VerificationCode.generate(),
                programme(), "registrar", NOW);
        assertEquals(c.validity(), renamed.validity());
        assertEquals("Lola Learner-Berisha", renamed.holderName());
        assertEquals(IssueReason.REISSUE, renamed.reason());
        assertEquals(VerifiedStatus.REVOKED, c.statusOn(ISSUED));
        assertEquals("Re-issued as UJ-2026-000002", c.revocationReason());
    }

    @Test
    void onlyTheHolderChoosesHowTheirNameIsShown() throws Exception {
        Certificate c = issued();
        assertThrows(NotPermitted.class, () -> c.disclose("registrar", NameDisclosure.FULL_NAME));
        c.disclose("lola", NameDisclosure.FULL_NAME);
        assertEquals("Lola Learner", c.nameDisclosure().shown(c.holderName()));
    }

    @Test
    void aDraftProgrammeIssuesNothing() throws Exception {
        CertificationProgramme draft = new CertificationProgramme(new BodyId(4), new ProgrammeTerms(Map.of("en", "T"), Map.of("en", "W"),
                List.of(new Requirement.CourseCompleted(1)), 12, new RenewalRule(BigDecimal.ZERO, 0, 0), IssuingMode.AUTOMATIC,
                List.of(new Signatory("X", null))), "r", NOW);
        assertThrows(Conflict.class, () -> Certificate.first(CertificateSerial.of("UJ", 2026, 3), VerificationCode.generate(), draft,
                "lola", "Lola", null, ISSUED, "r", NOW));
    }
}
