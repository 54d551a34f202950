package org.practica.certificates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.programme.ProgrammeId;
import org.practica.certificates.domain.request.CertificateRequest;
import org.practica.certificates.domain.request.RequestRepository;
import org.practica.certificates.domain.request.RequestStatus;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRequestRepository implements RequestRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<CertificateRequest> find(long id) {
        return Optional.ofNullable(em.find(CertificateRequest.class, id));
    }

    @Override
    public Optional<CertificateRequest> pending(String person, ProgrammeId programme) {
        return em.createQuery("select r from CertificateRequest r where r.person = :p and r.programmeId = :g and r.status = :s",
                        CertificateRequest.class).setParameter("p", person).setParameter("g", programme.value())
                .setParameter("s", RequestStatus.PENDING).getResultStream().findFirst();
    }

    @Override
    public List<CertificateRequest> pendingFor(BodyId body) {
        return em.createQuery("select r from CertificateRequest r where r.bodyId = :b and r.status = :s order by r.requestedAt",
                CertificateRequest.class).setParameter("b", body.value()).setParameter("s", RequestStatus.PENDING).getResultList();
    }

    @Override
    public List<CertificateRequest> of(String person) {
        return em.createQuery("select r from CertificateRequest r where r.person = :p order by r.id desc", CertificateRequest.class)
                .setParameter("p", person).getResultList();
    }

    @Override
    public void add(CertificateRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public java.util.Map<Long, Long> waitingSince(java.time.Instant before) {
        java.util.Map<Long, Long> waiting = new java.util.HashMap<>();
        em.createQuery("select r.bodyId, count(r) from CertificateRequest r where r.status = :s and r.requestedAt < :t group by r.bodyId", Object[].class)
                .setParameter("s", org.practica.certificates.domain.request.RequestStatus.PENDING).setParameter("t", before)
                .getResultList().forEach(row -> waiting.put((Long) row[0], (Long) row[1]));
        return waiting;
    }
}
