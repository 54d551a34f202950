package org.practica.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.body.BodyRepository;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.IssuingMode;
import org.practica.certificates.domain.programme.ProgrammeId;
import org.practica.certificates.domain.programme.ProgrammeRepository;
import org.practica.certificates.domain.programme.ProgrammeTerms;
import org.practica.certificates.domain.programme.RenewalRule;
import org.practica.certificates.domain.programme.Requirement;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.Refusals;
import org.practica.mentoring.application.CompetencyFrameworks;
import org.practica.mentoring.application.CompetencyView;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Certification programmes: a body's registrars define, revise, open and retire them; everyone
 * signed in reads the open ones. A registrar never sees or touches another body's programmes:
 * for them those do not exist.
 */
@ApplicationScoped
@Transactional
public class Programmes {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    BodyRepository bodies;

    @Inject
    Bodies bodyService;

    @Inject
    ModuleRecords records;

    @Inject
    CompetencyFrameworks frameworks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<org.practica.kernel.TrainingFacts> factsProvided;

    public ProgrammeView define(Actor registrar, ProgrammeDraft draft) {
        return define(registrar, draft, new Refusals());
    }

    /**
     * As {@link #define(Actor, ProgrammeDraft)}, for a form that has already found problems of its
     * own (a number it could not read): they are reported together with these, and nothing is saved.
     */
    public ProgrammeView define(Actor registrar, ProgrammeDraft draft, Refusals refusals) {
        ProfessionalBody body = bodyService.servedBy(registrar);
        ProgrammeTerms terms = terms(body, draft, refusals);
        CertificationProgramme p = refusals.check(() -> new CertificationProgramme(body.id(), terms, registrar.username(), clock.instant()));
        refusals.throwIfAny();
        programmes.add(p);
        told(p, body);
        audit.record(registrar.username(), "programme.defined", subject(p), p.titleIn("en"));
        return view(p, body, "en");
    }

    public ProgrammeView revise(Actor registrar, long id, ProgrammeDraft draft) {
        return revise(registrar, id, draft, new Refusals());
    }

    /** As {@link #revise(Actor, long, ProgrammeDraft)}, adding to the problems a form found itself. */
    public ProgrammeView revise(Actor registrar, long id, ProgrammeDraft draft, Refusals refusals) {
        ProfessionalBody body = bodyService.servedBy(registrar);
        CertificationProgramme p = ownProgramme(body, id);
        ProgrammeTerms terms = terms(body, draft, refusals);
        refusals.check(() -> p.revise(terms));
        refusals.throwIfAny();
        told(p, body);
        audit.record(registrar.username(), "programme.revised", subject(p), "");
        return view(p, body, "en");
    }

    /** Tells monitoring which courses the programme asks for, so a report per body counts the training that leads to it. */
    private void told(CertificationProgramme p, ProfessionalBody body) {
        if (factsProvided != null && factsProvided.isResolvable()) {
            java.util.Set<Long> courses = new java.util.TreeSet<>();
            p.requirements().forEach(r -> {
                if (r instanceof Requirement.CourseCompleted c) {
                    courses.add(c.courseId());
                }
            });
            factsProvided.get().programmeAsks(p.id().value(), body.id().value(), body.name(), courses);
        }
    }

    public ProgrammeView activate(Actor registrar, long id) {
        ProfessionalBody body = bodyService.servedBy(registrar);
        CertificationProgramme p = ownProgramme(body, id);
        p.activate();
        audit.record(registrar.username(), "programme.activated", subject(p), "");
        return view(p, body, "en");
    }

    public ProgrammeView retire(Actor registrar, long id) {
        ProfessionalBody body = bodyService.servedBy(registrar);
        CertificationProgramme p = ownProgramme(body, id);
        p.retire();
        audit.record(registrar.username(), "programme.retired", subject(p), "");
        return view(p, body, "en");
    }

    /** The registrar's own body's programmes, drafts included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeView> ofOwnBody(Actor registrar, String language) {
        ProfessionalBody body = bodyService.servedBy(registrar);
        return programmes.ofBody(body.id()).stream().map(p -> view(p, body, language)).toList();
    }

    /** Open programmes, for anyone signed in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeView> open(String language) {
        return programmes.active().stream().map(p -> view(p, bodies.find(p.bodyId()).orElseThrow(), language)).toList();
    }

    /** A programme: open ones for anyone, drafts and retired ones only for the registrars of its body. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeView programme(Actor reader, long id, String language) {
        CertificationProgramme p = programmes.find(new ProgrammeId(id)).orElseThrow(() -> new NotFound("programme.notFound"));
        ProfessionalBody body = bodies.find(p.bodyId()).orElseThrow();
        if (!p.isActive() && !body.hasRegistrar(reader.username())) {
            throw new NotFound("programme.notFound");
        }
        return view(p, body, language);
    }

    /** A programme of the registrar's own body; any other does not exist for them. */
    CertificationProgramme ownProgramme(Actor registrar, long id) {
        return ownProgramme(bodyService.servedBy(registrar), id);
    }

    /** A programme of the body; any other does not exist for its registrar. */
    CertificationProgramme ownProgramme(ProfessionalBody body, long id) {
        return programmes.find(new ProgrammeId(id)).filter(p -> p.bodyId().equals(body.id()))
                .orElseThrow(() -> new NotFound("programme.notFound"));
    }

    ProgrammeView view(CertificationProgramme p, ProfessionalBody body, String language) {
        List<CompetencyView> framework = frameworks.of(body.discipline().name());
        Locale locale = Locale.forLanguageTag(language);
        List<RequirementView> requirements = p.requirements().stream().map(r -> RequirementView.of(r, label(r, framework, language, locale)))
                .toList();
        return new ProgrammeView(p.id().value(), body.id().value(), body.name(), body.names().versions(), p.status(), p.title().versions(), p.wording().versions(), requirements,
                p.validityMonths(), p.renewal().cpdHours(), p.renewal().opensDaysBefore(), p.renewal().graceDays(), p.issuingMode().name(),
                p.signatories());
    }

    private String label(Requirement r, List<CompetencyView> framework, String language, Locale locale) {
        if (r instanceof Requirement.CourseCompleted c) {
            return records.courseTitle(c.courseId(), language);
        }
        if (r instanceof Requirement.QuizPassed q) {
            return records.quizTitle(q.quizId());
        }
        if (r instanceof Requirement.SupervisedHours s && s.competency() != null) {
            return CompetencyView.nameIn(framework, s.competency(), locale);
        }
        return null;
    }

    /**
     * The draft as terms, each refused part kept in {@code refusals}; a refused part is replaced by
     * a stand-in so the programme's own rules still judge the rest (nothing is saved once anything
     * is refused).
     */
    private ProgrammeTerms terms(ProfessionalBody body, ProgrammeDraft d, Refusals refusals) {
        if (d == null) {
            throw new InvalidInput("body", "body.required");
        }
        List<RequirementView> rows = d.requirements() == null ? List.of() : d.requirements();
        List<Requirement> requirements = refusals.checkEach(rows, row -> requirement(body, row));
        IssuingMode mode = refusals.check(() -> issuingMode(d));
        RenewalRule renewal = refusals.check(() -> new RenewalRule(d.renewalCpdHours() == null ? BigDecimal.ZERO : d.renewalCpdHours(),
                d.renewalOpensDaysBefore() == null ? 90 : d.renewalOpensDaysBefore(), d.renewalGraceDays() == null ? 90 : d.renewalGraceDays()));
        return new ProgrammeTerms(d.title(), d.wording(), requirements, d.validityMonths(),
                renewal == null ? new RenewalRule(BigDecimal.ZERO, 0, 0) : renewal,
                mode == null && d.issuingMode() != null ? IssuingMode.APPROVAL : mode, d.signatories());
    }

    private Requirement requirement(ProfessionalBody body, RequirementView row) {
        if (row == null) {
            throw new InvalidInput("requirements", "validation.required");
        }
        Requirement r = row.requirement();
        if (r instanceof Requirement.CourseCompleted c && records.courseTitle(c.courseId(), "en").startsWith("#")) {
            throw new InvalidInput("requirements", "requirement.course.unknown", c.courseId());
        }
        if (r instanceof Requirement.QuizPassed q && records.quizTitle(q.quizId()).startsWith("#")) {
            throw new InvalidInput("requirements", "requirement.quiz.unknown", q.quizId());
        }
        if (r instanceof Requirement.SupervisedHours s && s.competency() != null) {
            frameworks.requireOffered(body.discipline(), List.of(s.competency()), "requirements", true);
        }
        return r;
    }

    private static IssuingMode issuingMode(ProgrammeDraft d) {
        try {
            return d.issuingMode() == null ? null : IssuingMode.valueOf(d.issuingMode().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("issuingMode", "programme.issuingMode.unknown");
        }
    }

    private static String subject(CertificationProgramme p) {
        return "programme:" + p.id().value();
    }

}
