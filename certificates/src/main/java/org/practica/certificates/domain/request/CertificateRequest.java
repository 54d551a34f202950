package org.practica.certificates.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.certificate.CertificateId;
import org.practica.certificates.domain.certificate.IssueReason;
import org.practica.certificates.domain.programme.ProgrammeId;
import org.practica.kernel.Conflict;
import org.practica.kernel.Text;

import java.time.Instant;

/**
 * A person's request to be certified (or renewed) under a programme that issues on a registrar's
 * approval. It is made only when the person meets the requirements at that moment.
 *
 * <p>Life cycle: PENDING until a registrar of the body approves it (APPROVED, naming the
 * certificate issued) or rejects it with a reason (REJECTED). The person may ask again after a
 * rejection; one request per person and programme is pending at a time.
 */
@Entity
@Table(name = "certificate_request")
public class CertificateRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(nullable = false, length = 64, updatable = false)
    private String person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private IssueReason kind;

    @Column(name = "previous_id", updatable = false)
    private Long previousId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RequestStatus status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 1000)
    private String note;

    @Column(name = "certificate_id")
    private Long certificateId;

    @Version
    private int version;

    protected CertificateRequest() {
    }

    public CertificateRequest(BodyId body, ProgrammeId programme, String person, IssueReason kind, CertificateId previous, Instant now) {
        this.bodyId = body.value();
        this.programmeId = programme.value();
        this.person = person;
        this.kind = kind;
        this.previousId = previous == null ? null : previous.value();
        this.status = RequestStatus.PENDING;
        this.requestedAt = now;
    }

    public void approve(String registrar, CertificateId issued, Instant now) {
        decide(registrar, now);
        status = RequestStatus.APPROVED;
        certificateId = issued.value();
    }

    public void reject(String registrar, String why, Instant now) {
        String reason = Text.required("reason", why, 1000);
        decide(registrar, now);
        status = RequestStatus.REJECTED;
        note = reason;
    }

    private void decide(String registrar, Instant now) {
        if (status != RequestStatus.PENDING) {
            throw new Conflict("status", "request.decided");
        }
        decidedBy = registrar;
        decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public BodyId bodyId() {
        return new BodyId(bodyId);
    }

    public ProgrammeId programmeId() {
        return new ProgrammeId(programmeId);
    }

    public String person() {
        return person;
    }

    public IssueReason kind() {
        return kind;
    }

    public CertificateId previousId() {
        return previousId == null ? null : new CertificateId(previousId);
    }

    public RequestStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String note() {
        return note;
    }

    public CertificateId certificateId() {
        return certificateId == null ? null : new CertificateId(certificateId);
    }
}
