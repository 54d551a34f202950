package org.practica.certificates.domain.programme;

import org.junit.jupiter.api.Test;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.kernel.Conflict;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificationProgrammeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static ProgrammeTerms terms(List<Requirement> requirements, Integer months, Map<String, String> title) {
        return new ProgrammeTerms(title, Map.of("en", "has met the standard", "ru", "соответствует стандарту"), requirements, months,
                new RenewalRule(BigDecimal.valueOf(20), 90, 60), IssuingMode.APPROVAL, List.of(new Signatory("Dana Seitkali", "Chair")));
    }

    @Test
    void termsAreCheckedFieldByField() {
        List<Requirement> one = List.of(new Requirement.CourseCompleted(1));
        assertEquals("requirements", assertThrows(InvalidInput.class,
                () -> new CertificationProgramme(new BodyId(1), terms(List.of(), 36, Map.of("en", "T")), "r", NOW)).field());
        assertEquals("validityMonths", assertThrows(InvalidInput.class,
                () -> new CertificationProgramme(new BodyId(1), terms(one, 0, Map.of("en", "T")), "r", NOW)).field());
        assertEquals("title", assertThrows(InvalidInput.class,
                () -> new CertificationProgramme(new BodyId(1), terms(one, 36, Map.of("xx", "T")), "r", NOW)).field());
        assertEquals("title", assertThrows(InvalidInput.class,
                () -> new CertificationProgramme(new BodyId(1), terms(one, 36, Map.of("en", " ")), "r", NOW)).field());
        assertEquals("requirements", assertThrows(InvalidInput.class, () -> new Requirement.QuizPassed(3, BigDecimal.valueOf(101))).field());
        assertEquals("requirements", assertThrows(InvalidInput.class, () -> new Requirement.CpdHours(BigDecimal.ZERO, null)).field());
        assertEquals("RISK", new Requirement.SupervisedHours(BigDecimal.ONE, " risk ", null).competency());
    }

    @Test
    void aProgrammeOpensAndRetiresAndRetiredStaysRetired() {
        CertificationProgramme p = new CertificationProgramme(new BodyId(1), terms(List.of(new Requirement.CourseCompleted(1)), 24,
                Map.of("en", "Ethical reporting", "ru", "Этичная журналистика")), "r", NOW);
        assertEquals(ProgrammeStatus.DRAFT, p.status());
        p.activate();
        assertEquals("Этичная журналистика", p.titleIn("ru"));
        assertEquals("Ethical reporting", p.titleIn("kk"), "English when the language is missing");
        p.retire();
        assertThrows(Conflict.class, p::activate);
        assertThrows(Conflict.class, () -> p.revise(terms(List.of(new Requirement.CourseCompleted(2)), 24, Map.of("en", "X"))));
    }

    @Test
    void bodiesHaveAStableCodeAndAPngLogo() {
        ProfessionalBody body = new ProfessionalBody("apk", java.util.Map.of("en", "Association of Practising Psychologists"), "kz", Discipline.PSYCHOLOGY, NOW);
        assertEquals("APK", body.code());
        assertEquals("KZ", body.country());
        assertEquals("code", assertThrows(InvalidInput.class, () -> ProfessionalBody.code("A1")).field());
        assertEquals("logo", assertThrows(InvalidInput.class, () -> body.useLogo("<svg/>".getBytes())).field());
        body.useLogo(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        body.appointRegistrars(List.of(" reg1 ", "", "reg2"));
        assertEquals(java.util.Set.of("reg1", "reg2"), body.registrars());
    }

    @Test
    void everyBrokenTermIsNamedAtOnce() {
        InvalidInput all = assertThrows(InvalidInput.class, () -> new CertificationProgramme(new BodyId(1),
                new ProgrammeTerms(Map.of("en", " "), Map.of(), List.of(), 0, new RenewalRule(BigDecimal.ONE, 1, 1), null, List.of()), "r", NOW));
        assertEquals(List.of("title", "wording", "requirements", "validityMonths", "issuingMode", "signatories"),
                all.all().stream().map(InvalidInput::field).toList());
        InvalidInput renewal = assertThrows(InvalidInput.class, () -> new RenewalRule(BigDecimal.valueOf(-1), 400, 400));
        assertEquals(List.of("renewalCpdHours", "renewalOpensDaysBefore", "renewalGraceDays"),
                renewal.all().stream().map(InvalidInput::field).toList());
    }

    @Test
    void aBodysCodeNameCountryAndDisciplineAreRefusedTogether() {
        InvalidInput all = assertThrows(InvalidInput.class, () -> new ProfessionalBody("x1", java.util.Map.of("en", " "), "Atlantis", null, NOW));
        assertEquals(List.of("code", "names", "country", "discipline"), all.all().stream().map(InvalidInput::field).toList());
    }
}
