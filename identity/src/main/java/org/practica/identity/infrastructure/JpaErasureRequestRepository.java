package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.erasure.ErasureRequest;
import org.practica.identity.domain.erasure.ErasureRequestRepository;
import org.practica.identity.domain.erasure.ErasureStatus;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaErasureRequestRepository implements ErasureRequestRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void add(ErasureRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public Optional<ErasureRequest> find(long id) {
        return Optional.ofNullable(em.find(ErasureRequest.class, id));
    }

    @Override
    public Optional<ErasureRequest> latest(long accountId) {
        return em.createQuery("select r from ErasureRequest r where r.accountId = :a order by r.id desc", ErasureRequest.class)
                .setParameter("a", accountId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ErasureRequest> waiting(Long organisationId) {
        String filter = organisationId == null ? "" : " and r.organisationId = :o";
        var q = em.createQuery("select r from ErasureRequest r where r.status = :s" + filter + " order by r.requestedAt, r.id",
                ErasureRequest.class).setParameter("s", ErasureStatus.REQUESTED);
        if (organisationId != null) {
            q.setParameter("o", organisationId);
        }
        return q.setMaxResults(500).getResultList();
    }
}
