package org.practica.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Notifier;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateId;
import org.practica.certificates.domain.certificate.CertificateQuery;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.eligibility.Eligibility;
import org.practica.certificates.domain.eligibility.FirstIssue;
import org.practica.certificates.domain.eligibility.LearningRecord;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.ProgrammeRepository;
import org.practica.certificates.domain.request.CertificateRequest;
import org.practica.certificates.domain.request.RequestRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A registrar's work for their own body: requests to approve or reject, certificates to find,
 * issue, revoke and re-issue. Another body's requests and certificates do not exist for them.
 */
@ApplicationScoped
@Transactional
public class Registry {

    @Inject
    Notifier notifier;

    @Inject
    Bodies bodies;

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeRepository programmeRepository;

    @Inject
    CertificateRepository certificates;

    @Inject
    RequestRepository requests;

    @Inject
    LearningRecord records;

    @Inject
    Holders holders;

    @Inject
    Issuer issuer;

    @Inject
    Verification verification;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestView> pending(Actor registrar, String language) {
        ProfessionalBody body = bodies.servedBy(registrar);
        LocalDate today = Issuer.today(clock.instant());
        return requests.pendingFor(body.id()).stream().map(r -> {
            Optional<CertificationProgramme> p = programmeRepository.find(r.programmeId());
            return RequestView.of(r, p.map(x -> x.titleIn(language)).orElse(""),
                    holders.find(r.person()).map(Holders.Holder::displayName).orElse(r.person()),
                    p.map(x -> evidence(body, x, r, language, today)).orElse(List.of()));
        }).toList();
    }

    /**
     * The programme's requirements against the person's record today; for a renewal, what renewing
     * asks instead: the CPD hours earned since the current certificate began (none when the
     * programme asks for none).
     */
    private List<CheckView> evidence(ProfessionalBody body, CertificationProgramme p, CertificateRequest r, String language, LocalDate today) {
        if (r.previousId() != null) {
            return certificates.find(r.previousId())
                    .map(c -> CheckView.ofRenewal(Eligibility.forRenewal(p, c.validity(), r.person(), records, today)))
                    .orElse(List.of());
        }
        return CheckView.of(programmes.view(p, body, language), Eligibility.assess(p, r.person(), records, today));
    }

    /** Approves a request: the person must still meet the requirements; the certificate is issued now. */
    public CertificateView approve(Actor registrar, long requestId) {
        ProfessionalBody body = bodies.servedBy(registrar);
        CertificateRequest r = ownRequest(body, requestId);
        CertificationProgramme p = programmes.ownProgramme(body, r.programmeId().value());
        Instant now = clock.instant();
        LocalDate today = Issuer.today(now);
        Certificate issued;
        if (r.previousId() != null) {
            Certificate current = own(body, r.previousId().value());
            Eligibility e = Eligibility.forRenewal(p, current.validity(), r.person(), records, today);
            if (!e.checks().isEmpty() && !e.eligible()) {
                throw new Conflict("request", "certificate.renewal.cpd", e.checks().get(0).have(), e.checks().get(0).need());
            }
            issued = issuer.renewal(body, p, current, registrar.username(), now);
        } else {
            FirstIssue check = FirstIssue.check(p, r.person(), certificates, records, today);
            if (check.alreadyHeld()) {
                throw new Conflict("request", "certificate.alreadyHeld");
            }
            if (!check.allowed()) {
                throw new Conflict("request", "request.noLongerEligible");
            }
            issued = issuer.first(body, p, r.person(), registrar.username(), now);
        }
        r.approve(registrar.username(), issued.id(), now);
        audit.record(registrar.username(), "request.approved", "request:" + r.id(), issued.serial().value());
        return CertificateView.of(issued, body, today);
    }

    public RequestView reject(Actor registrar, long requestId, String reason) {
        ProfessionalBody body = bodies.servedBy(registrar);
        CertificateRequest r = ownRequest(body, requestId);
        r.reject(registrar.username(), reason, clock.instant());
        audit.record(registrar.username(), "request.rejected", "request:" + r.id(), "");
        CertificationProgramme p = programmes.ownProgramme(body, r.programmeId().value());
        notifier.tell(r.person(), NoticeKind.REQUEST_REJECTED, "/certificates/index.xhtml", p.title().in(p.title().languageFor("en")),
                reason == null ? "" : reason.strip());
        return RequestView.of(r, "", null, List.of());
    }

    /** Certifies a person of the registrar's choosing under one of the body's open programmes, if they are eligible. */
    public CertificateView issue(Actor registrar, long programmeId, String person) {
        ProfessionalBody body = bodies.servedBy(registrar);
        CertificationProgramme p = programmes.ownProgramme(body, programmeId);
        if (person == null || person.isBlank()) {
            throw new InvalidInput("person", "validation.required");
        }
        Instant now = clock.instant();
        LocalDate today = Issuer.today(now);
        FirstIssue check = FirstIssue.check(p, person.strip(), certificates, records, today);
        if (check.alreadyHeld()) {
            throw new Conflict("person", "certificate.alreadyHeld");
        }
        if (!check.allowed()) {
            throw new InvalidInput("person", "certificate.personNotEligible", person.strip());
        }
        return CertificateView.of(issuer.first(body, p, person.strip(), registrar.username(), now), body, today);
    }

    public CertificateView revoke(Actor registrar, long certificateId, String reason) {
        ProfessionalBody body = bodies.servedBy(registrar);
        Certificate c = own(body, certificateId);
        c.revoke(registrar.username(), reason, clock.instant());
        issuer.told(c);
        verification.forget(c.verificationCode());
        audit.record(registrar.username(), "certificate.revoked", "certificate:" + certificateId, c.revocationReason());
        notifier.tell(c.holder(), NoticeKind.CERTIFICATE_REVOKED, "/certificates/index.xhtml", c.title().in(c.title().languageFor("en")),
                c.serial().value());
        return CertificateView.of(c, body, LocalDate.now(clock));
    }

    /** The same certificate under the holder's new name; the old one is revoked and points to the new serial. */
    public CertificateView reissue(Actor registrar, long certificateId, String newName) {
        ProfessionalBody body = bodies.servedBy(registrar);
        Certificate c = own(body, certificateId);
        CertificationProgramme p = programmes.ownProgramme(body, c.programmeId().value());
        String name = org.practica.kernel.Text.required("name", newName, Certificate.NAME_MAX);
        Certificate next = issuer.reissue(body, p, c, name, registrar.username(), clock.instant());
        verification.forget(c.verificationCode());
        return CertificateView.of(next, body, LocalDate.now(clock));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CertificateView> certificates(Actor registrar, CertificateQuery query) {
        ProfessionalBody body = bodies.servedBy(registrar);
        LocalDate today = LocalDate.now(clock);
        return certificates.ofBody(body.id(), query).stream().map(c -> CertificateView.of(c, body, today)).toList();
    }


    /** Counts per programme, region and month; the last twelve months when no period is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IssueReport report(Actor registrar, LocalDate from, LocalDate to, String language) {
        ProfessionalBody body = bodies.servedBy(registrar);
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusMonths(12).withDayOfMonth(1) : from;
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "relationship.endsBeforeStart");
        }
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        programmeRepository.ofBody(body.id()).forEach(p -> titles.put(p.id().value(), p.titleIn(language)));
        List<IssueReport.Line> lines = certificates.countIssued(body.id(), start, end).stream()
                .map(c -> new IssueReport.Line(c.programmeId(), titles.getOrDefault(c.programmeId(), "#" + c.programmeId()), c.region(),
                        c.month(), c.issued(), c.revoked())).toList();
        return new IssueReport(start, end, lines, lines.stream().mapToLong(IssueReport.Line::issued).sum(),
                lines.stream().mapToLong(IssueReport.Line::revoked).sum());
    }

    /**
     * Notes in the audit trail each certificate that expired, once: expiry needs no one's action,
     * but who held what until when is part of the record. Returns how many were noted.
     */
    public int recordExpiries(int max) {
        LocalDate today = LocalDate.now(clock);
        List<Certificate> expired = certificates.expiredUnrecorded(today, max);
        for (Certificate c : expired) {
            audit.record("system", "certificate.expired", "certificate:" + c.id().value(), c.serial().value() + " after "
                    + c.validity().until());
            certificates.recordExpiry(c.id());
            verification.forget(c.verificationCode());
        }
        return expired.size();
    }



    private Certificate own(ProfessionalBody body, long id) {
        return certificates.find(new CertificateId(id)).filter(c -> c.bodyId().equals(body.id()))
                .orElseThrow(() -> new NotFound("certificate.notFound"));
    }

    private CertificateRequest ownRequest(ProfessionalBody body, long id) {
        return requests.find(id).filter(r -> r.bodyId().equals(body.id())).orElseThrow(() -> new NotFound("request.notFound"));
    }
}
