package org.practica.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.body.BodyRepository;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateId;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.certificate.CertificateStatus;
import org.practica.certificates.domain.certificate.IssueReason;
import org.practica.certificates.domain.certificate.NameDisclosure;
import org.practica.certificates.domain.eligibility.Eligibility;
import org.practica.certificates.domain.eligibility.FirstIssue;
import org.practica.certificates.domain.eligibility.LearningRecord;
import org.practica.certificates.domain.eligibility.RequirementCheck;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.IssuingMode;
import org.practica.certificates.domain.programme.ProgrammeId;
import org.practica.certificates.domain.programme.ProgrammeRepository;
import org.practica.certificates.domain.request.CertificateRequest;
import org.practica.certificates.domain.request.RequestRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's side of certification: their progress towards every open programme, asking to be
 * certified or renewed (issued at once, or a request to the body's registrars, as the programme
 * says), their certificates, and how much of their name the public verification shows.
 */
@ApplicationScoped
@Transactional
public class Certification {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    BodyRepository bodies;

    @Inject
    CertificateRepository certificates;

    @Inject
    RequestRepository requests;

    @Inject
    Programmes programmeViews;

    @Inject
    LearningRecord records;

    @Inject
    Issuer issuer;

    @Inject
    Verification verification;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Progress towards every open programme, the ones the person is nearest to first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressView> progress(Actor person, String language) {
        LocalDate today = LocalDate.now(clock);
        return programmes.active().stream().map(p -> progress(person.username(), p, language, today))
                .sorted((a, b) -> Integer.compare(score(b), score(a))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressView progressTowards(Actor person, long programmeId, String language) {
        CertificationProgramme p = open(programmeId);
        return progress(person.username(), p, language, LocalDate.now(clock));
    }

    /**
     * Asks to be certified: refused with the checklist's first unmet requirement when the person is
     * not eligible; otherwise issued at once (automatic programmes) or sent to the registrars.
     */
    public ProgressView claim(Actor person, long programmeId, String language) {
        CertificationProgramme p = open(programmeId);
        Instant now = clock.instant();
        LocalDate today = Issuer.today(now);
        FirstIssue check = FirstIssue.check(p, person.username(), certificates, records, today);
        if (check.alreadyHeld()) {
            throw new Conflict("programme", "certificate.alreadyHeld");
        }
        if (!check.allowed()) {
            throw new InvalidInput("programme", "certificate.notEligible", check.unmet());
        }
        ProfessionalBody body = bodies.find(p.bodyId()).orElseThrow();
        if (p.issuingMode() == IssuingMode.AUTOMATIC) {
            issuer.first(body, p, person.username(), person.username(), now);
        } else if (requests.pending(person.username(), p.id()).isEmpty()) {
            CertificateRequest r = new CertificateRequest(p.bodyId(), p.id(), person.username(), IssueReason.FIRST, null, now);
            requests.add(r);
            audit.record(person.username(), "certificate.requested", "programme:" + p.id().value(), "FIRST");
        }
        return progress(person.username(), p, language, today);
    }

    /** Asks to renew a certificate within the programme's window, with the CPD hours it asks for. */
    public ProgressView renew(Actor person, long certificateId, String language) {
        Certificate current = own(person, certificateId);
        CertificationProgramme p = open(current.programmeId().value());
        Instant now = clock.instant();
        LocalDate today = Issuer.today(now);
        if (!current.renewableOn(today, p)) {
            throw new Conflict("status", "certificate.renewal.window", current.validity().until().minusDays(p.renewal().opensDaysBefore()),
                    current.validity().until().plusDays(p.renewal().graceDays()));
        }
        Eligibility e = Eligibility.forRenewal(p, current.validity(), person.username(), records, today);
        if (!e.checks().isEmpty() && !e.eligible()) {
            RequirementCheck cpd = e.checks().get(0);
            throw new InvalidInput("certificate", "certificate.renewal.cpd", cpd.have(), cpd.need());
        }
        ProfessionalBody body = bodies.find(p.bodyId()).orElseThrow();
        if (p.issuingMode() == IssuingMode.AUTOMATIC) {
            issuer.renewal(body, p, current, person.username(), now);
        } else if (requests.pending(person.username(), p.id()).isEmpty()) {
            requests.add(new CertificateRequest(p.bodyId(), p.id(), person.username(), IssueReason.RENEWAL, current.id(), now));
            audit.record(person.username(), "certificate.requested", "programme:" + p.id().value(), "RENEWAL of " + current.serial());
        }
        return progress(person.username(), p, language, today);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CertificateView> mine(Actor person) {
        LocalDate today = LocalDate.now(clock);
        return certificates.ofHolder(person.username()).stream().map(c -> view(c, today)).toList();
    }

    /** A certificate, for its holder or a registrar of its body. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateView certificate(Actor person, long id) {
        return view(readable(person, id), LocalDate.now(clock));
    }

    /** The signed PDF made at issue, for the holder or a registrar of the body. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdf(Actor person, long id) {
        Certificate c = readable(person, id);
        if (c.status() == CertificateStatus.REVOKED) {
            // a revoked certificate's printout would still look valid: it is no longer handed out
            throw new Conflict("certificate", "certificate.revoked.noPdf");
        }
        return certificates.document(c.id()).orElseThrow(() -> new NotFound("certificate.noDocument"));
    }

    /** The signed portable credential, for the holder to keep in a wallet or hand to anyone, or a registrar of the body. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String credential(Actor person, long id) {
        String credential = readable(person, id).credential();
        if (credential == null) {
            throw new NotFound("certificate.noDocument");
        }
        return credential;
    }

    /** The holder chooses how much of their name the public verification shows. */
    public CertificateView disclose(Actor person, long id, String disclosure) {
        Certificate c = own(person, id);
        NameDisclosure d;
        try {
            d = disclosure == null ? null : NameDisclosure.valueOf(disclosure.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("nameDisclosure", "certificate.disclosure.unknown");
        }
        if (d == NameDisclosure.WITHHELD) {
            throw new InvalidInput("nameDisclosure", "certificate.disclosure.unknown");
        }
        c.disclose(person.username(), d);
        verification.forget(c.verificationCode());
        audit.record(person.username(), "certificate.disclosure", "certificate:" + id, String.valueOf(d));
        return view(c, LocalDate.now(clock));
    }

    /** A certificate for its holder or a registrar of its body; to anyone else it does not exist. */
    private Certificate readable(Actor reader, long id) {
        Certificate c = certificates.find(new CertificateId(id)).orElseThrow(() -> new NotFound("certificate.notFound"));
        if (c.holder().equals(reader.username())) {
            return c;
        }
        boolean registrarOfItsBody = reader.has(Role.REGISTRAR)
                && bodies.find(c.bodyId()).filter(b -> b.hasRegistrar(reader.username())).isPresent();
        if (!registrarOfItsBody) {
            throw new NotFound("certificate.notFound");
        }
        return c;
    }

    private Certificate own(Actor person, long id) {
        return certificates.find(new CertificateId(id)).filter(c -> c.holder().equals(person.username()))
                .orElseThrow(() -> new NotFound("certificate.notFound"));
    }

    private CertificationProgramme open(long programmeId) {
        return programmes.find(new ProgrammeId(programmeId)).filter(CertificationProgramme::isActive)
                .orElseThrow(() -> new NotFound("programme.notFound"));
    }

    private ProgressView progress(String person, CertificationProgramme p, String language, LocalDate today) {
        ProfessionalBody body = bodies.find(p.bodyId()).orElseThrow();
        ProgrammeView programme = programmeViews.view(p, body, language);
        Eligibility e = Eligibility.assess(p, person, records, today);
        List<CheckView> checks = CheckView.of(programme, e);
        Optional<Certificate> current = certificates.current(person, p.id());
        RequestView pending = requests.pending(person, p.id()).map(r -> RequestView.of(r, p.titleIn(language), null, List.of())).orElse(null);
        return new ProgressView(programme, e.eligible(), checks, current.map(c -> CertificateView.of(c, body, today)).orElse(null),
                pending, current.map(c -> c.renewableOn(today, p)).orElse(false));
    }

    private CertificateView view(Certificate c, LocalDate today) {
        return CertificateView.of(c, bodies.find(c.bodyId()).orElseThrow(), today);
    }

    private static int score(ProgressView v) {
        return v.checks().stream().mapToInt(CheckView::percent).sum() / Math.max(1, v.checks().size());
    }
}
