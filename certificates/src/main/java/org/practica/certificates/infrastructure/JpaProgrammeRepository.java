package org.practica.certificates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.ProgrammeId;
import org.practica.certificates.domain.programme.ProgrammeRepository;
import org.practica.certificates.domain.programme.ProgrammeStatus;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<CertificationProgramme> find(ProgrammeId id) {
        return Optional.ofNullable(em.find(CertificationProgramme.class, id.value()));
    }

    @Override
    public List<CertificationProgramme> ofBody(BodyId body) {
        return em.createQuery("select p from CertificationProgramme p where p.bodyId = :b order by p.id", CertificationProgramme.class)
                .setParameter("b", body.value()).getResultList();
    }

    @Override
    public List<CertificationProgramme> active() {
        return em.createQuery("select p from CertificationProgramme p where p.status = :s order by p.id", CertificationProgramme.class)
                .setParameter("s", ProgrammeStatus.ACTIVE).getResultList();
    }

    @Override
    public void add(CertificationProgramme programme) {
        em.persist(programme);
        em.flush();
    }
}
