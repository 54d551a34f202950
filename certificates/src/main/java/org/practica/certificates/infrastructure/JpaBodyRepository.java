package org.practica.certificates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.body.BodyRepository;
import org.practica.certificates.domain.body.ProfessionalBody;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBodyRepository implements BodyRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<ProfessionalBody> find(BodyId id) {
        return Optional.ofNullable(em.find(ProfessionalBody.class, id.value()));
    }

    @Override
    public Optional<ProfessionalBody> byCode(String code) {
        return em.createQuery("select b from ProfessionalBody b where b.code = :c", ProfessionalBody.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ProfessionalBody> ofRegistrar(String username) {
        return em.createQuery("select b from ProfessionalBody b join b.registrars r where r = :u", ProfessionalBody.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<ProfessionalBody> all() {
        return em.createQuery("select b from ProfessionalBody b order by b.code", ProfessionalBody.class).getResultList();
    }

    @Override
    public void add(ProfessionalBody body) {
        em.persist(body);
        em.flush();
    }
}
