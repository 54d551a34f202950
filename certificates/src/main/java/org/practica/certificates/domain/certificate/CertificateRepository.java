package org.practica.certificates.domain.certificate;

import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.programme.ProgrammeId;

import java.util.List;
import java.util.Optional;

public interface CertificateRepository {

    Optional<Certificate> find(CertificateId id);

    /** Several certificates in one query, in no particular order. */
    List<Certificate> all(java.util.Collection<CertificateId> ids);

    Optional<Certificate> byCode(VerificationCode code);

    /** What public verification shows, read in one query without loading the certificate. */
    Optional<PublicRecord> publicRecord(VerificationCode code);

    record PublicRecord(CertificateStatus status, String serial, org.practica.kernel.MultilingualText title, java.time.LocalDate validFrom,
                        java.time.LocalDate validUntil, java.time.Instant revokedAt, String holderName, NameDisclosure disclosure,
                        org.practica.kernel.MultilingualText body, String bodyCountry) {
    }

    Optional<Certificate> bySerial(CertificateSerial serial);

    List<Certificate> ofHolder(String holder);

    /** The holder's latest certificate under the programme that is not revoked, if any. */
    Optional<Certificate> current(String holder, ProgrammeId programme);

    List<Certificate> ofBody(BodyId body, CertificateQuery query);

    void add(Certificate certificate);

    /** Certificates whose last valid day is before {@code day}, not revoked, whose expiry the audit trail has not noted. */
    List<Certificate> expiredUnrecorded(java.time.LocalDate day, int limit);

    void recordExpiry(CertificateId id);

    /**
     * Certificates in force that end between {@code today} and {@link RenewalDue#WINDOW_DAYS}
     * days later and that no renewal replaced, in id order after {@code afterId}, at most {@code limit}.
     */
    List<RenewalDue> renewalsDue(java.time.LocalDate today, long afterId, int limit);

    /** Certificates of a body issued in a period, counted per programme, region and month (YYYY-MM, UTC). */
    List<IssueCount> countIssued(BodyId body, java.time.LocalDate from, java.time.LocalDate to);

    record IssueCount(long programmeId, String region, String month, long issued, long revoked) {
    }

    /** Keeps the signed PDF made at issue, apart from the certificate so lists never load it. */
    void storeDocument(CertificateId id, String language, byte[] pdf);

    Optional<byte[]> document(CertificateId id);
}
