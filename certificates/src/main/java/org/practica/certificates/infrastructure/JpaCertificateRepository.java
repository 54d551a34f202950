package org.practica.certificates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.certificate.Certificate;
import org.practica.certificates.domain.certificate.CertificateId;
import org.practica.certificates.domain.certificate.CertificateQuery;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.certificate.RenewalDue;
import org.practica.certificates.domain.certificate.CertificateSerial;
import org.practica.certificates.domain.certificate.CertificateStatus;
import org.practica.certificates.domain.certificate.VerificationCode;
import org.practica.certificates.domain.programme.ProgrammeId;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<Certificate> find(CertificateId id) {
        return Optional.ofNullable(em.find(Certificate.class, id.value()));
    }

    @Override
    public List<Certificate> all(java.util.Collection<CertificateId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Certificate c where c.id in :ids", Certificate.class)
                .setParameter("ids", ids.stream().map(CertificateId::value).toList()).getResultList();
    }

    @Override
    public Optional<Certificate> byCode(VerificationCode code) {
        return em.createQuery("select c from Certificate c where c.verificationCode = :c", Certificate.class)
                .setParameter("c", code.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<PublicRecord> publicRecord(VerificationCode code) {
        return em.createQuery("select new org.practica.certificates.domain.certificate.CertificateRepository.PublicRecord(c.status, "
                        + "c.serial, c.title, c.validity.from, c.validity.until, c.revokedAt, c.holderName, c.nameDisclosure, b.names, "
                        + "b.country) from Certificate c, ProfessionalBody b where b.id = c.bodyId and c.verificationCode = :c",
                        PublicRecord.class)
                .setParameter("c", code.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<Certificate> bySerial(CertificateSerial serial) {
        return em.createQuery("select c from Certificate c where c.serial = :s", Certificate.class)
                .setParameter("s", serial.value()).getResultStream().findFirst();
    }

    @Override
    public List<Certificate> ofHolder(String holder) {
        return em.createQuery("select c from Certificate c where c.holder = :h order by c.id desc", Certificate.class)
                .setParameter("h", holder).getResultList();
    }

    @Override
    public Optional<Certificate> current(String holder, ProgrammeId programme) {
        return em.createQuery("select c from Certificate c where c.holder = :h and c.programmeId = :p and c.status = :s "
                        + "order by c.validity.until desc, c.id desc", Certificate.class)
                .setParameter("h", holder).setParameter("p", programme.value()).setParameter("s", CertificateStatus.ISSUED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Certificate> ofBody(BodyId body, CertificateQuery q) {
        StringBuilder jpql = new StringBuilder("select c from Certificate c where c.bodyId = :b");
        if (q.programmeId() != null) {
            jpql.append(" and c.programmeId = :p");
        }
        if (q.status() != null) {
            jpql.append(" and c.status = :s");
        }
        if (q.issuedFrom() != null) {
            jpql.append(" and c.issuedAt >= :from");
        }
        if (q.issuedTo() != null) {
            jpql.append(" and c.issuedAt < :to");
        }
        if (q.holder() != null) {
            jpql.append(" and (c.holder = :h or lower(c.holderName) like :hn escape '!')");
        }
        jpql.append(" order by c.id desc");
        TypedQuery<Certificate> query = em.createQuery(jpql.toString(), Certificate.class).setParameter("b", body.value());
        if (q.programmeId() != null) {
            query.setParameter("p", q.programmeId());
        }
        if (q.status() != null) {
            query.setParameter("s", q.status());
        }
        if (q.issuedFrom() != null) {
            query.setParameter("from", q.issuedFrom().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        }
        if (q.issuedTo() != null) {
            query.setParameter("to", q.issuedTo().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        }
        if (q.holder() != null) {
            query.setParameter("h", q.holder()).setParameter("hn", "%" + literally(q.holder().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList();
    }

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
        em.flush();
    }

    @Override
    public List<IssueCount> countIssued(BodyId body, java.time.LocalDate from, java.time.LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeStatements.unflushed(em, "SELECT programme_id, COALESCE(region, '--'), DATE_FORMAT(issued_at, '%Y-%m'), "
                        + "COUNT(*), SUM(CASE WHEN status = 'REVOKED' THEN 1 ELSE 0 END) FROM certificate "
                        + "WHERE body_id = ? AND issued_at >= ? AND issued_at < ? GROUP BY 1, 2, 3 ORDER BY 3, 1, 2")
                .setParameter(1, body.value())
                .setParameter(2, java.sql.Timestamp.from(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .setParameter(3, java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .getResultList();
        return rows.stream().map(r -> new IssueCount(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    @Override
    public List<Certificate> expiredUnrecorded(java.time.LocalDate day, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = NativeStatements.unflushed(em, "SELECT id FROM certificate WHERE expiry_recorded = FALSE AND valid_until < ? AND status = 'ISSUED' "
                + "ORDER BY valid_until LIMIT ?").setParameter(1, day).setParameter(2, limit).getResultList();
        return all(ids.stream().map(n -> new CertificateId(n.longValue())).toList());
    }

    @Override
    public List<RenewalDue> renewalsDue(java.time.LocalDate today, long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeStatements.unflushed(em, "SELECT c.id, c.holder, c.serial, c.title, c.valid_until FROM certificate c "
                        + "WHERE c.expiry_recorded = FALSE AND c.valid_until >= ? AND c.valid_until <= ? AND c.status = 'ISSUED' AND c.id > ? "
                        + "AND NOT EXISTS (SELECT 1 FROM certificate n WHERE n.previous_id = c.id) ORDER BY c.id LIMIT ?")
                .setParameter(1, today).setParameter(2, today.plusDays(RenewalDue.WINDOW_DAYS)).setParameter(3, afterId).setParameter(4, limit)
                .getResultList();
        org.practica.kernel.MultilingualTextColumn titles = new org.practica.kernel.MultilingualTextColumn();
        return rows.stream().map(r -> new RenewalDue(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                titles.convertToEntityAttribute((String) r[3]), toDate(r[4]))).toList();
    }

    private static java.time.LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    @Override
    public void recordExpiry(CertificateId id) {
        NativeStatements.unflushed(em, "UPDATE certificate SET expiry_recorded = TRUE WHERE id = ?").setParameter(1, id.value()).executeUpdate();
    }

    @Override
    public void storeDocument(CertificateId id, String language, byte[] pdf) {
        NativeStatements.unflushed(em, "INSERT INTO certificate_document (certificate_id, language, pdf) VALUES (?, ?, ?)")
                .setParameter(1, id.value()).setParameter(2, language).setParameter(3, pdf).executeUpdate();
    }

    @Override
    public Optional<byte[]> document(CertificateId id) {
        return NativeStatements.unflushed(em, "SELECT pdf FROM certificate_document WHERE certificate_id = ?").setParameter(1, id.value())
                .getResultStream().findFirst().map(b -> (byte[]) b);
    }

    /** What a registrar typed, matched as typed: % and _ are letters here, not wildcards. */
    static String literally(String typed) {
        return typed.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
