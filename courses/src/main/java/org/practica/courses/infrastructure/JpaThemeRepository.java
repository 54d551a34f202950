package org.practica.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.courses.domain.theme.Theme;
import org.practica.courses.domain.theme.ThemeRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaThemeRepository implements ThemeRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public List<Theme> all() {
        return em.createQuery("select t from Theme t order by t.code", Theme.class).getResultList();
    }

    @Override
    public Optional<Theme> find(String code) {
        return Optional.ofNullable(em.find(Theme.class, code));
    }

    @Override
    public void add(Theme theme) {
        em.persist(theme);
        em.flush();
    }
}
