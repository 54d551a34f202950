package org.practica.certificates.application;

import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.body.BodyRepository;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateId;
import org.practica.certificates.domain.certificate.CertificateQuery;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.certificate.CertificateSerial;
import org.practica.certificates.domain.certificate.CertificateStatus;
import org.practica.certificates.domain.certificate.SerialNumbers;
import org.practica.certificates.domain.certificate.VerificationCode;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.ProgrammeId;
import org.practica.certificates.domain.programme.ProgrammeRepository;
import org.practica.certificates.domain.request.CertificateRequest;
import org.practica.certificates.domain.request.RequestRepository;
import org.practica.certificates.domain.request.RequestStatus;
import org.practica.kernel.AuditLog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.practica.kernel.testing.GeneratedIds.identify;

/**
 * The certificates module's repositories kept in memory, for application-service tests that need
 * no database: each keeps its aggregates in a map and gives them ids as the database would.
 * Queries only the database answers (reports, public records, expiry sweeps) are not kept here.
 */
final class InMemory {

    private InMemory() {
    }

    static final class Bodies implements BodyRepository {
        final Map<Long, ProfessionalBody> rows = new LinkedHashMap<>();

        @Override
        public Optional<ProfessionalBody> find(BodyId id) {
            return Optional.ofNullable(rows.get(id.value()));
        }

        @Override
        public Optional<ProfessionalBody> byCode(String code) {
            return rows.values().stream().filter(b -> b.code().equals(code)).findFirst();
        }

        @Override
        public Optional<ProfessionalBody> ofRegistrar(String username) {
            return rows.values().stream().filter(b -> b.hasRegistrar(username)).findFirst();
        }

        @Override
        public List<ProfessionalBody> all() {
            return List.copyOf(rows.values());
        }

        @Override
        public void add(ProfessionalBody body) {
            long id = rows.size() + 1L;
            identify(body, id);
            rows.put(id, body);
        }
    }

    static final class Programmes implements ProgrammeRepository {
        final Map<Long, CertificationProgramme> rows = new LinkedHashMap<>();

        @Override
        public Optional<CertificationProgramme> find(ProgrammeId id) {
            return Optional.ofNullable(rows.get(id.value()));
        }

        @Override
        public List<CertificationProgramme> ofBody(BodyId body) {
            return rows.values().stream().filter(p -> p.bodyId().equals(body)).toList();
        }

        @Override
        public List<CertificationProgramme> active() {
            return rows.values().stream().filter(CertificationProgramme::isActive).toList();
        }

        @Override
        public void add(CertificationProgramme programme) {
            long id = rows.size() + 1L;
            identify(programme, id);
            rows.put(id, programme);
        }
    }

    static final class Requests implements RequestRepository {
        final Map<Long, CertificateRequest> rows = new LinkedHashMap<>();

        @Override
        public Optional<CertificateRequest> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<CertificateRequest> pending(String person, ProgrammeId programme) {
            return rows.values().stream().filter(r -> r.person().equals(person) && r.programmeId().equals(programme)
                    && r.status() == RequestStatus.PENDING).findFirst();
        }

        @Override
        public List<CertificateRequest> pendingFor(BodyId body) {
            return rows.values().stream().filter(r -> r.bodyId().equals(body) && r.status() == RequestStatus.PENDING).toList();
        }

        @Override
        public List<CertificateRequest> of(String person) {
            return rows.values().stream().filter(r -> r.person().equals(person)).toList();
        }

        @Override
        public Map<Long, Long> waitingSince(java.time.Instant before) {
            return rows.values().stream().filter(r -> r.status() == RequestStatus.PENDING && r.requestedAt().isBefore(before))
                    .collect(java.util.stream.Collectors.groupingBy(r -> r.bodyId().value(), java.util.stream.Collectors.counting()));
        }

        @Override
        public void add(CertificateRequest request) {
            long id = rows.size() + 1L;
            identify(request, id);
            rows.put(id, request);
        }
    }

    static final class Certificates implements CertificateRepository {
        final Map<Long, Certificate> rows = new LinkedHashMap<>();
        final Map<Long, byte[]> documents = new HashMap<>();

        @Override
        public Optional<Certificate> find(CertificateId id) {
            return Optional.ofNullable(rows.get(id.value()));
        }

        @Override
        public List<Certificate> all(Collection<CertificateId> ids) {
            return ids.stream().map(this::find).flatMap(Optional::stream).toList();
        }

        @Override
        public Optional<Certificate> byCode(VerificationCode code) {
            return rows.values().stream().filter(c -> c.verificationCode().equals(code)).findFirst();
        }

        @Override
        public Optional<PublicRecord> publicRecord(VerificationCode code) {
            throw new UnsupportedOperationException("a database query; the integration tests cover it");
        }

        @Override
        public Optional<Certificate> bySerial(CertificateSerial serial) {
            return rows.values().stream().filter(c -> c.serial().equals(serial)).findFirst();
        }

        @Override
        public List<Certificate> ofHolder(String holder) {
            return rows.values().stream().filter(c -> c.holder().equals(holder))
                    .sorted(Comparator.comparing((Certificate c) -> c.id().value()).reversed()).toList();
        }

        @Override
        public Optional<Certificate> current(String holder, ProgrammeId programme) {
            return rows.values().stream()
                    .filter(c -> c.holder().equals(holder) && c.programmeId().equals(programme) && c.status() == CertificateStatus.ISSUED)
                    .max(Comparator.comparing((Certificate c) -> c.validity().until()).thenComparing(c -> c.id().value()));
        }

        @Override
        public List<Certificate> ofBody(BodyId body, CertificateQuery query) {
            return rows.values().stream().filter(c -> c.bodyId().equals(body)).toList();
        }

        @Override
        public void add(Certificate certificate) {
            long id = rows.size() + 1L;
            identify(certificate, id);
            rows.put(id, certificate);
        }

        @Override
        public List<org.practica.certificates.domain.certificate.RenewalDue> renewalsDue(LocalDate today, long afterId, int limit) {
            return rows.values().stream()
                    .filter(c -> c.status() == org.practica.certificates.domain.certificate.CertificateStatus.ISSUED && c.id().value() > afterId)
                    .filter(c -> !c.validity().until().isBefore(today) && !c.validity().until().isAfter(today.plusDays(90)))
                    .filter(c -> rows.values().stream().noneMatch(n -> Long.valueOf(c.id().value()).equals(n.previousId())))
                    .limit(limit)
                    .map(c -> new org.practica.certificates.domain.certificate.RenewalDue(c.id().value(), c.holder(), c.serial().value(), c.title(),
                            c.validity().until())).toList();
        }

        @Override
        public List<Certificate> expiredUnrecorded(LocalDate day, int limit) {
            throw new UnsupportedOperationException("a database query; the integration tests cover it");
        }

        @Override
        public void recordExpiry(CertificateId id) {
            throw new UnsupportedOperationException("a database query; the integration tests cover it");
        }

        @Override
        public List<IssueCount> countIssued(BodyId body, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException("a database query; the integration tests cover it");
        }

        @Override
        public void storeDocument(CertificateId id, String language, byte[] pdf) {
            documents.put(id.value(), pdf);
        }

        @Override
        public Optional<byte[]> document(CertificateId id) {
            return Optional.ofNullable(documents.get(id.value()));
        }
    }

    /** Gapless serials per body and year, as the database's counter gives them. */
    static final class Serials implements SerialNumbers {
        final Map<String, Long> last = new HashMap<>();

        @Override
        public long next(BodyId body, int year) {
            return last.merge(body.value() + "/" + year, 1L, Long::sum);
        }
    }

    static final class Audit implements AuditLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void record(String actor, String action, String subject, String detail) {
            lines.add(actor + " " + action + " " + subject);
        }
    }
}
