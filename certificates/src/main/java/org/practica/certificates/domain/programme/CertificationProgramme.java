package org.practica.certificates.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.certificates.domain.body.BodyId;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.MultilingualTextColumn;
import org.practica.kernel.Refusals;

import java.time.Instant;
import java.util.List;

/**
 * What a professional body certifies and on what terms: the requirements a person must meet,
 * how long a certificate stays valid and how it is renewed, whether it is issued at once or after
 * a registrar's approval, and the wording and signatories printed on it.
 *
 * <p>Life cycle: a registrar of the body defines it as a DRAFT and revises it; activating it
 * (ACTIVE) lets people see their progress and be certified; retiring it (RETIRED) stops new
 * certificates while those issued stay valid until they expire. An active programme can still be
 * revised; certificates already issued keep the wording they were issued with.
 */
@Entity
@Table(name = "certification_programme")
public class CertificationProgramme {

    public static final int TITLE_MAX = 200;
    public static final int WORDING_MAX = 2_000;
    public static final int REQUIREMENTS_MAX = 30;
    public static final int SIGNATORIES_MAX = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Convert(converter = MultilingualTextColumn.class)
    @Column(nullable = false)
    private MultilingualText title;

    @Convert(converter = MultilingualTextColumn.class)
    @Column(nullable = false)
    private MultilingualText wording;

    @Convert(converter = RequirementsColumn.class)
    @Column(nullable = false)
    private List<Requirement> requirements;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Embedded
    private RenewalRule renewal;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_mode", nullable = false, length = 12)
    private IssuingMode issuingMode;

    @Convert(converter = SignatoriesColumn.class)
    @Column(nullable = false)
    private List<Signatory> signatories;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProgrammeStatus status;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected CertificationProgramme() {
    }

    public CertificationProgramme(BodyId body, ProgrammeTerms terms, String by, Instant now) {
        this.bodyId = body.value();
        this.status = ProgrammeStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        apply(terms);
    }

    /** New terms; refused once retired. */
    public void revise(ProgrammeTerms terms) {
        if (status == ProgrammeStatus.RETIRED) {
            throw new Conflict("status", "programme.retired");
        }
        apply(terms);
    }

    private void apply(ProgrammeTerms t) {
        if (t == null) {
            throw new InvalidInput("body", "body.required");
        }
        Refusals refusals = new Refusals();
        MultilingualText titles = refusals.check(() -> MultilingualText.of("title", t.title(), TITLE_MAX));
        MultilingualText words = refusals.check(() -> MultilingualText.of("wording", t.wording(), WORDING_MAX));
        List<Requirement> reqs = t.requirements() == null ? List.of() : List.copyOf(t.requirements());
        refusals.refuseIf(reqs.isEmpty(), "requirements", "programme.requirements.none");
        refusals.refuseIf(reqs.size() > REQUIREMENTS_MAX, "requirements", "programme.requirements.tooMany", REQUIREMENTS_MAX);
        refusals.refuseIf(t.validityMonths() == null || t.validityMonths() < 1 || t.validityMonths() > 120,
                "validityMonths", "programme.validity.range", 1, 120);
        refusals.refuseIf(t.renewal() == null, "renewalCpdHours", "validation.required");
        refusals.refuseIf(t.issuingMode() == null, "issuingMode", "validation.required");
        List<Signatory> signing = t.signatories() == null ? List.of() : List.copyOf(t.signatories());
        refusals.refuseIf(signing.isEmpty(), "signatories", "programme.signatories.none");
        refusals.refuseIf(signing.size() > SIGNATORIES_MAX, "signatories", "programme.signatories.tooMany", SIGNATORIES_MAX);
        refusals.throwIfAny();
        title = titles;
        wording = words;
        requirements = reqs;
        validityMonths = t.validityMonths();
        renewal = t.renewal();
        issuingMode = t.issuingMode();
        signatories = signing;
    }

    public void activate() {
        if (status == ProgrammeStatus.RETIRED) {
            throw new Conflict("status", "programme.retired");
        }
        status = ProgrammeStatus.ACTIVE;
    }

    public void retire() {
        status = ProgrammeStatus.RETIRED;
    }

    public boolean isActive() {
        return status == ProgrammeStatus.ACTIVE;
    }

    public ProgrammeId id() {
        return id == null ? null : new ProgrammeId(id);
    }

    public BodyId bodyId() {
        return new BodyId(bodyId);
    }

    public MultilingualText title() {
        return title;
    }

    public String titleIn(String language) {
        return title.in(language);
    }

    public MultilingualText wording() {
        return wording;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    public int validityMonths() {
        return validityMonths;
    }

    public RenewalRule renewal() {
        return renewal;
    }

    public IssuingMode issuingMode() {
        return issuingMode;
    }

    public List<Signatory> signatories() {
        return signatories;
    }

    public ProgrammeStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }
}
