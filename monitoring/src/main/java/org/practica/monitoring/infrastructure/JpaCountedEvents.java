package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.CountedEvent;
import org.practica.monitoring.domain.CountedEvents;

import java.util.List;

/** Counts read with one grouped query each, on the indexes of V37 (event, organisation, course, month). */
@ApplicationScoped
public class JpaCountedEvents implements CountedEvents {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void add(CountedEvent event) {
        em.persist(event);
    }

    @Override
    public List<MonthCount> monthly(TrainingEvent event, CountFilter filter) {
        return where(em.createQuery("select new org.practica.monitoring.domain.CountedEvents.MonthCount(e.month, count(distinct e.personId), "
                + "sum(e.amount)) from CountedEvent e where " + CONDITIONS + " group by e.month order by e.month", MonthCount.class), event, filter)
                .getResultList();
    }

    @Override
    public long people(TrainingEvent event, CountFilter filter) {
        return where(em.createQuery("select count(distinct e.personId) from CountedEvent e where " + CONDITIONS, Long.class), event, filter)
                .getSingleResult();
    }

    @Override
    public List<GroupCount> byOrganisation(TrainingEvent event, CountFilter filter) {
        return where(em.createQuery("select new org.practica.monitoring.domain.CountedEvents.GroupCount(e.organisationId, "
                + "count(distinct e.personId)) from CountedEvent e where " + CONDITIONS + " group by e.organisationId", GroupCount.class),
                event, filter).getResultList();
    }

    @Override
    public Completion completion(CountFilter filter) {
        long enrolments = where(em.createQuery("select count(e) from CountedEvent e where " + CONDITIONS, Long.class),
                TrainingEvent.ENROLLED, filter).getSingleResult();
        long completed = where(em.createQuery("select count(e) from CountedEvent e where " + CONDITIONS
                + " and exists (select c.id from CountedEvent c where c.event = org.practica.kernel.TrainingEvent.COMPLETED"
                + " and c.personId = e.personId and c.courseId = e.courseId)", Long.class), TrainingEvent.ENROLLED, filter).getSingleResult();
        return new Completion(enrolments, completed);
    }

    /** Every filter is always bound; an absent organisation or course is -1, which matches all. */
    private static final String CONDITIONS = "e.event = :event and e.day between :from and :to"
            + " and (:organisation = -1 or e.organisationId = :organisation) and (:course = -1 or e.courseId = :course)";

    private static <T> TypedQuery<T> where(TypedQuery<T> query, TrainingEvent event, CountFilter filter) {
        return query.setParameter("event", event).setParameter("from", filter.from()).setParameter("to", filter.to())
                .setParameter("organisation", filter.organisation().orElse(-1)).setParameter("course", filter.course().orElse(-1));
    }

}
