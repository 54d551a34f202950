package org.practica.certificates.domain.certificate;

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
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.ProgrammeId;
import org.practica.certificates.domain.programme.SignatoriesColumn;
import org.practica.certificates.domain.programme.Signatory;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.MultilingualTextColumn;
import org.practica.kernel.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate a professional body issued to a person under one of its programmes. It keeps the
 * programme's title, wording and signatories as they were on the day of issue, and the holder's
 * name as it was then, so it prints and verifies the same for as long as it exists.
 *
 * <p>Life cycle: ISSUED, valid for its {@link Validity}; it expires by its dates alone; a
 * registrar may revoke it with a reason (REVOKED, for good). Renewal and re-issue (after a change
 * of name) create a new certificate that points back to this one; a re-issue revokes this one.
 *
 * <p>Longer than most classes on purpose: issue, expiry, revocation, renewal and re-issue are one
 * aggregate's rules, kept together so that none can be bypassed.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public static final int REASON_MAX = 1_000;
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 24, unique = true, updatable = false)
    private String serial;

    @Column(name = "verification_code", nullable = false, length = 26, unique = true, updatable = false)
    private String verificationCode;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(nullable = false, length = 64, updatable = false)
    private String holder;

    @Column(name = "holder_name", nullable = false, length = NAME_MAX, updatable = false)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "name_disclosure", nullable = false, length = 10)
    private NameDisclosure nameDisclosure;

    @Convert(converter = MultilingualTextColumn.class)
    @Column(nullable = false, updatable = false)
    private MultilingualText title;

    @Convert(converter = MultilingualTextColumn.class)
    @Column(nullable = false, updatable = false)
    private MultilingualText wording;

    @Convert(converter = SignatoriesColumn.class)
    @Column(nullable = false, updatable = false)
    private List<Signatory> signatories;

    @Embedded
    private Validity validity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private IssueReason reason;

    @Column(name = "previous_id", updatable = false)
    private Long previousId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
    private String issuedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CertificateStatus status;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revocation_reason", length = REASON_MAX)
    private String revocationReason;

    /** The bulk run that issued it, if one did; a run issues one certificate per person. */
    @Column(name = "bulk_id", updatable = false)
    private Long bulkId;

    /** The country the holder's organisation was in when certified, for reports per region. */
    @Column(length = 2, updatable = false)
    private String region;

    /** The signed portable credential (VC-JWT), made when the certificate is issued. */
    @Column
    private String credential;

    @Version
    private int version;

    protected Certificate() {
    }

    private Certificate(CertificateSerial serial, VerificationCode code, CertificationProgramme programme, String holder,
                        String holderName, NameDisclosure disclosure, Validity validity, IssueReason reason, Long previousId,
                        String by, Instant now) {
        this.serial = serial.value();
        this.verificationCode = code.value();
        this.bodyId = programme.bodyId().value();
        this.programmeId = programme.id().value();
        this.holder = holder;
        this.holderName = Text.required("holderName", holderName, NAME_MAX);
        this.nameDisclosure = disclosure == null ? NameDisclosure.INITIALS : disclosure;
        this.title = programme.title();
        this.wording = programme.wording();
        this.signatories = programme.signatories();
        this.validity = validity;
        this.reason = reason;
        this.previousId = previousId;
        this.issuedBy = by;
        this.issuedAt = now;
        this.status = CertificateStatus.ISSUED;
    }

    /** A first certificate under an active programme, valid from the day of issue. */
    public static Certificate first(CertificateSerial serial, VerificationCode code, CertificationProgramme programme, String holder,
                                    String holderName, NameDisclosure disclosure, LocalDate today, String by, Instant now) {
        requireActive(programme);
        return new Certificate(serial, code, programme, holder, holderName, disclosure,
                Validity.starting(today, programme.validityMonths()), IssueReason.FIRST, null, by, now);
    }

    /**
     * The next certificate after this one, continuing its validity without a gap; asked for within
     * the programme's renewal window: from some days before this one expires to the end of the
     * grace period after it.
     */
    public Certificate renewed(CertificateSerial serial, VerificationCode code, CertificationProgramme programme, LocalDate today,
                               String by, Instant now) {
        requireActive(programme);
        if (status == CertificateStatus.REVOKED) {
            throw new Conflict("status", "certificate.revoked");
        }
        if (!renewableOn(today, programme)) {
            throw new Conflict("status", "certificate.renewal.window", validity.until().minusDays(programme.renewal().opensDaysBefore()),
                    validity.until().plusDays(programme.renewal().graceDays()));
        }
        return new Certificate(serial, code, programme, holder, holderName, nameDisclosure,
                Validity.renewing(validity, today, programme.validityMonths()), IssueReason.RENEWAL, id, by, now);
    }

    /**
     * The same certificate under a new name (a marriage, a corrected spelling): same programme, same
     * validity, new serial and code. This one is revoked, giving the new serial as the reason.
     */
    public Certificate reissuedAs(String newName, CertificateSerial serial, VerificationCode code, CertificationProgramme programme,
                                  String by, Instant now) {
        if (status == CertificateStatus.REVOKED) {
            throw new Conflict("status", "certificate.revoked");
        }
        Certificate next = new Certificate(serial, code, programme, holder, newName, nameDisclosure, validity, IssueReason.REISSUE, id,
                by, now);
        next.title = title;
        next.wording = wording;
        next.signatories = signatories;
        revoke(by, "Re-issued as " + serial.value(), now);
        return next;
    }

    /** Records that a bulk run issued it, before it is stored. */
    public void issuedBy(long bulkRun) {
        if (id == null) {
            bulkId = bulkRun;
        }
    }

    public Long bulkId() {
        return bulkId;
    }

    /** Records the holder's region once, at issue. */
    public void placeIn(String country) {
        if (id == null && region == null && country != null && country.matches("[A-Z]{2}")) {
            region = country;
        }
    }

    public String region() {
        return region;
    }

    /** Keeps the signed credential made for this certificate; it is made once. */
    public void attachCredential(String signed) {
        if (credential != null) {
            throw new IllegalStateException("certificate " + serial + " already has its credential");
        }
        credential = signed;
    }

    public String credential() {
        return credential;
    }

    public boolean renewableOn(LocalDate today, CertificationProgramme programme) {
        LocalDate opens = validity.until().minusDays(programme.renewal().opensDaysBefore());
        LocalDate closes = validity.until().plusDays(programme.renewal().graceDays());
        return status == CertificateStatus.ISSUED && !today.isBefore(opens) && !today.isAfter(closes);
    }

    public void revoke(String by, String why, Instant now) {
        if (status == CertificateStatus.REVOKED) {
            throw new Conflict("status", "certificate.revoked");
        }
        revocationReason = Text.required("reason", why, REASON_MAX);
        status = CertificateStatus.REVOKED;
        revokedBy = by;
        revokedAt = now;
    }

    /** The holder decides how much of their name the public verification shows. */
    public void disclose(String by, NameDisclosure disclosure) {
        if (!holder.equals(by)) {
            throw new org.practica.kernel.NotPermitted("certificate.holderOnly");
        }
        if (disclosure == null) {
            throw new InvalidInput("nameDisclosure", "validation.required");
        }
        nameDisclosure = disclosure;
    }

    public VerifiedStatus statusOn(LocalDate day) {
        return VerifiedStatus.of(status, validity.until(), day);
    }

    private static void requireActive(CertificationProgramme programme) {
        if (!programme.isActive()) {
            throw new Conflict("programme", "programme.notActive");
        }
    }

    public CertificateId id() {
        return id == null ? null : new CertificateId(id);
    }

    public CertificateSerial serial() {
        return new CertificateSerial(serial);
    }

    public VerificationCode verificationCode() {
        return new VerificationCode(verificationCode);
    }

    public BodyId bodyId() {
        return new BodyId(bodyId);
    }

    public ProgrammeId programmeId() {
        return new ProgrammeId(programmeId);
    }

    public String holder() {
        return holder;
    }

    public String holderName() {
        return holderName;
    }

    public NameDisclosure nameDisclosure() {
        return nameDisclosure;
    }

    public MultilingualText title() {
        return title;
    }

    public MultilingualText wording() {
        return wording;
    }

    public List<Signatory> signatories() {
        return signatories;
    }

    public Validity validity() {
        return validity;
    }

    public IssueReason reason() {
        return reason;
    }

    public Long previousId() {
        return previousId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public CertificateStatus status() {
        return status;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String revocationReason() {
        return revocationReason;
    }
}
