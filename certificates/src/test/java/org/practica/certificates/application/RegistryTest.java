package org.practica.certificates.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateStatus;
import org.practica.certificates.domain.certificate.IssueReason;
import org.practica.certificates.domain.eligibility.LearningRecord;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.IssuingMode;
import org.practica.certificates.domain.programme.ProgrammeTerms;
import org.practica.certificates.domain.programme.RenewalRule;
import org.practica.certificates.domain.programme.Requirement;
import org.practica.certificates.domain.programme.Signatory;
import org.practica.certificates.domain.request.CertificateRequest;
import org.practica.certificates.domain.request.RequestStatus;
import org.practica.kernel.Actor;
import org.practica.kernel.Conflict;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.Role;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A registrar's work, through the application service as the API and the pages call it, with the
 * repositories in memory: who may be issued a certificate, in what order serials are taken, and
 * that a refusal leaves nothing behind.
 */
class RegistryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final long COURSE = 7;

    private final InMemory.Bodies bodyRows = new InMemory.Bodies();
    private final InMemory.Programmes programmeRows = new InMemory.Programmes();
    private final InMemory.Certificates certificateRows = new InMemory.Certificates();
    private final InMemory.Requests requestRows = new InMemory.Requests();
    private final InMemory.Audit audit = new InMemory.Audit();
    private final java.util.List<String> told = new java.util.ArrayList<>();
    /** Who has completed the course, and when. */
    private final Map<String, Instant> completed = new HashMap<>();
    /** CPD hours anyone has earned in any period. */
    private BigDecimal cpd = BigDecimal.ZERO;

    private final Registry registry = new Registry();
    private final Actor registrar = new Actor("registrar", 1, Set.of(Role.REGISTRAR));
    private ProfessionalBody body;
    private CertificationProgramme programme;

    @BeforeEach
    void compose() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Holders holders = username -> Optional.of(new Holders.Holder(username, "Person " + username, Set.of(Role.LEARNER), "KZ", "en"));
        LearningRecord record = new LearningRecord() {
            @Override
            public Optional<Instant> courseCompletedAt(String person, long courseId) {
                return courseId == COURSE ? Optional.ofNullable(completed.get(person)) : Optional.empty();
            }

            @Override
            public Optional<QuizScore> bestQuizScore(String person, long quizId) {
                return Optional.empty();
            }

            @Override
            public BigDecimal supervisedHours(String person, String competency, LocalDate from, LocalDate to) {
                return BigDecimal.ZERO;
            }

            @Override
            public BigDecimal cpdHours(String person, LocalDate from, LocalDate to) {
                return cpd;
            }
        };
        Bodies bodies = new Bodies();
        bodies.bodies = bodyRows;
        bodies.holders = holders;
        bodies.audit = audit;
        bodies.clock = clock;
        Programmes programmes = new Programmes();
        programmes.programmes = programmeRows;
        programmes.bodies = bodyRows;
        programmes.bodyService = bodies;
        programmes.audit = audit;
        programmes.clock = clock;
        Issuer issuer = new Issuer();
        issuer.certificates = certificateRows;
        issuer.serials = new InMemory.Serials();
        issuer.holders = holders;
        issuer.documents = new CertificateDocuments() {
            @Override
            public byte[] pdf(Certificate certificate, ProfessionalBody body, String language) {
                return ("PDF of " + certificate.serial().value()).getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public String credential(Certificate certificate, ProfessionalBody body, String language) {
                return "credential of " + certificate.serial().value();
            }
        };
        issuer.audit = audit;
        issuer.notifier = (who, kind, link, arguments) -> told.add(who + " " + kind + " " + String.join(" | ", arguments));
        Verification verification = new Verification();
        verification.certificates = certificateRows;
        verification.clock = clock;
        registry.bodies = bodies;
        registry.programmes = programmes;
        registry.programmeRepository = programmeRows;
        registry.certificates = certificateRows;
        registry.requests = requestRows;
        registry.records = record;
        registry.holders = holders;
        registry.issuer = issuer;
        registry.verification = verification;
        registry.audit = audit;
        registry.notifier = issuer.notifier;
        registry.clock = clock;

        body = new ProfessionalBody("PSY", java.util.Map.of("en", "Association of Psychologists"), "KZ", Discipline.PSYCHOLOGY, NOW);
        body.appointRegistrars(List.of("registrar"));
        bodyRows.add(body);
        programme = programmeOf(body.id());
    }

    private CertificationProgramme programmeOf(BodyId owner) {
        CertificationProgramme p = new CertificationProgramme(owner, new ProgrammeTerms(Map.of("en", "Trauma-informed practitioner"),
                Map.of("en", "has completed the course"), List.of(new Requirement.CourseCompleted(COURSE)), 36,
                new RenewalRule(BigDecimal.valueOf(20), 90, 60), IssuingMode.APPROVAL, List.of(new Signatory("Dana Seitkali", "Chair"))),
                "registrar", NOW);
        p.activate();
        programmeRows.add(p);
        return p;
    }

    @Test
    void anEligiblePersonIsIssuedACertificateWithTheBodysNextSerialItsDocumentAndAnAuditLine() {
        completed.put("aigerim", NOW.minusSeconds(86_400));
        completed.put("bakyt", NOW.minusSeconds(86_400));

        CertificateView first = registry.issue(registrar, programme.id().value(), " aigerim ");
        CertificateView second = registry.issue(registrar, programme.id().value(), "bakyt");

        assertEquals("PSY-2026-000001", first.serial());
        assertEquals("PSY-2026-000002", second.serial());
        assertEquals("aigerim", first.holder());
        assertEquals(LocalDate.parse("2026-12-03"), first.validFrom());
        assertEquals("PDF of PSY-2026-000001", new String(certificateRows.document(
                new org.practica.certificates.domain.certificate.CertificateId(first.id())).orElseThrow(), StandardCharsets.UTF_8));
        assertTrue(audit.lines.contains("registrar certificate.issued certificate:" + first.id()), audit.lines.toString());
        assertEquals(2, told.size(), "each holder is told");
        assertTrue(told.get(0).startsWith("aigerim CERTIFICATE_ISSUED ") && told.get(0).endsWith(" | PSY-2026-000001"), told.toString());
    }

    @Test
    void noOneHoldsTwoValidCertificatesUnderOneProgramme() {
        completed.put("aigerim", NOW);
        registry.issue(registrar, programme.id().value(), "aigerim");

        Conflict refused = assertThrows(Conflict.class, () -> registry.issue(registrar, programme.id().value(), "aigerim"));

        assertEquals("person", refused.field());
        assertEquals("certificate.alreadyHeld", refused.messageKey());
        assertEquals(1, certificateRows.rows.size());
    }

    @Test
    void aPersonWhoHasNotMetTheRequirementsIsRefusedByNameAndNothingIsIssued() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> registry.issue(registrar, programme.id().value(), "dana"));

        assertEquals("person", refused.field());
        assertEquals("certificate.personNotEligible", refused.messageKey());
        assertEquals(0, certificateRows.rows.size());
        assertEquals(List.of(), audit.lines);
    }

    @Test
    void anotherBodysProgrammeDoesNotExistForTheRegistrar() {
        ProfessionalBody other = new ProfessionalBody("LAW", java.util.Map.of("en", "Guild of Lawyers"), "KZ", Discipline.PSYCHOLOGY, NOW);
        bodyRows.add(other);
        CertificationProgramme theirs = programmeOf(other.id());
        completed.put("aigerim", NOW);

        NotFound refused = assertThrows(NotFound.class, () -> registry.issue(registrar, theirs.id().value(), "aigerim"));

        assertEquals("programme.notFound", refused.messageKey());
        assertEquals(0, certificateRows.rows.size());
    }

    @Test
    void aRequestIsNotApprovedForSomeoneWhoWasCertifiedMeanwhileAndStaysPending() {
        completed.put("aigerim", NOW);
        CertificateRequest request = new CertificateRequest(body.id(), programme.id(), "aigerim", IssueReason.FIRST, null, NOW);
        requestRows.add(request);
        registry.issue(registrar, programme.id().value(), "aigerim");

        Conflict refused = assertThrows(Conflict.class, () -> registry.approve(registrar, request.id()));

        assertEquals("certificate.alreadyHeld", refused.messageKey());
        assertEquals(RequestStatus.PENDING, request.status());
        assertEquals(1, certificateRows.rows.size());
    }

    @Test
    void anApprovedRequestIssuesTheCertificateAndRecordsWhichOne() {
        completed.put("aigerim", NOW);
        CertificateRequest request = new CertificateRequest(body.id(), programme.id(), "aigerim", IssueReason.FIRST, null, NOW);
        requestRows.add(request);

        CertificateView issued = registry.approve(registrar, request.id());

        assertEquals(RequestStatus.APPROVED, request.status());
        assertEquals(issued.id(), request.certificateId().value());
        assertEquals("registrar", request.decidedBy());
    }

    @Test
    void aRevokedCertificateNoLongerCountsAsHeldSoTheRegistrarMayIssueAgain() {
        completed.put("aigerim", NOW);
        CertificateView first = registry.issue(registrar, programme.id().value(), "aigerim");

        registry.revoke(registrar, first.id(), "issued to the wrong person");
        assertTrue(told.get(told.size() - 1).startsWith("aigerim CERTIFICATE_REVOKED ") && told.get(told.size() - 1).endsWith(" | PSY-2026-000001"),
                told.toString());
        CertificateView again = registry.issue(registrar, programme.id().value(), "aigerim");

        assertEquals(CertificateStatus.REVOKED, certificateRows.rows.get(first.id()).status());
        assertEquals("PSY-2026-000002", again.serial());
    }

    @Test
    void aRenewalRequestShowsTheCpdHoursRenewingAsksForBesideThoseEarned() {
        completed.put("aigerim", NOW);
        CertificateView held = registry.issue(registrar, programme.id().value(), "aigerim");
        cpd = new BigDecimal("12.5");
        requestRows.add(new CertificateRequest(body.id(), programme.id(), "aigerim", IssueReason.RENEWAL,
                new org.practica.certificates.domain.certificate.CertificateId(held.id()), NOW));

        List<CheckView> evidence = registry.pending(registrar, "en").get(0).evidence();

        assertEquals(1, evidence.size());
        assertEquals("CPD_HOURS", evidence.get(0).requirement().kind());
        assertEquals(0, new BigDecimal("12.5").compareTo(evidence.get(0).have()));
        assertEquals(0, BigDecimal.valueOf(20).compareTo(evidence.get(0).need()), "the programme's renewal asks for 20");
        assertFalse(evidence.get(0).met());
    }

    @Test
    void holdersHearOfRenewalAtNinetyThirtyAndSevenDaysOnceEachAndRegistrarsOfWaitingRequestsOnceADay() {
        completed.put("aigerim", NOW);
        CertificateView held = registry.issue(registrar, programme.id().value(), "aigerim");
        java.util.Set<String> onceKeys = new java.util.HashSet<>();
        java.util.List<String> heard = new java.util.ArrayList<>();
        CertificateReminders reminders = new CertificateReminders();
        reminders.certificates = certificateRows;
        reminders.requests = requestRows;
        reminders.bodies = bodyRows;
        reminders.holders = username -> Optional.of(new Holders.Holder(username, "Person " + username, Set.of(Role.LEARNER), "KZ", "en"));
        reminders.reminders = (who, kind, once, link, arguments) -> onceKeys.add(who + " " + once) && heard.add(who + " " + kind + " " + String.join(" | ", arguments));
        reminders.self = reminders;
        Instant end = held.validUntil().atStartOfDay(ZoneOffset.UTC).toInstant();

        assertEquals(0, reminders.remind(end.minus(java.time.Duration.ofDays(100))), "not yet");
        assertEquals(1, reminders.remind(end.minus(java.time.Duration.ofDays(80))));
        assertEquals(0, reminders.remind(end.minus(java.time.Duration.ofDays(79))), "the window's reminder once");
        assertEquals(1, reminders.remind(end.minus(java.time.Duration.ofDays(25))));
        assertEquals(1, reminders.remind(end.minus(java.time.Duration.ofDays(3))));
        assertEquals(0, reminders.remind(end.minus(java.time.Duration.ofDays(2))));
        assertEquals(List.of("aigerim RENEWAL_DUE Trauma-informed practitioner | PSY-2026-000001 | 80",
                "aigerim RENEWAL_DUE Trauma-informed practitioner | PSY-2026-000001 | 25",
                "aigerim RENEWAL_DUE Trauma-informed practitioner | PSY-2026-000001 | 3"), heard);
        assertEquals(0, reminders.remind(end.plus(java.time.Duration.ofDays(1))), "an ended certificate is not renewed by reminding");

        heard.clear();
        requestRows.add(new CertificateRequest(body.id(), programme.id(), "bakyt", IssueReason.FIRST, null, NOW));
        assertEquals(0, reminders.tellWaitingRequests(NOW.plus(java.time.Duration.ofHours(20)), LocalDate.parse("2026-12-04")), "a new request is not waiting yet");
        assertEquals(1, reminders.tellWaitingRequests(NOW.plus(java.time.Duration.ofHours(30)), LocalDate.parse("2026-12-04")));
        assertEquals(0, reminders.tellWaitingRequests(NOW.plus(java.time.Duration.ofHours(40)), LocalDate.parse("2026-12-04")), "once a day");
        assertEquals(1, reminders.tellWaitingRequests(NOW.plus(java.time.Duration.ofHours(50)), LocalDate.parse("2026-12-05")));
        assertEquals(List.of("registrar REQUESTS_WAITING 1", "registrar REQUESTS_WAITING 1"), heard);
    }
}
