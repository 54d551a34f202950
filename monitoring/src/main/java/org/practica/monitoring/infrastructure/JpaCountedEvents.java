package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.CountedEvent;
import org.practica.monitoring.domain.CountedEvents;

import org.practica.monitoring.domain.profile.ProfileDimension;
import org.practica.monitoring.domain.profile.ProfileFilter;

import java.util.ArrayList;
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
                + "sum(e.amount)) from CountedEvent e where " + conditions(filter) + " group by e.month order by e.month", MonthCount.class),
                event, filter).getResultList();
    }

    @Override
    public long people(TrainingEvent event, CountFilter filter) {
        return where(em.createQuery("select count(distinct e.personId) from CountedEvent e where " + conditions(filter), Long.class),
                event, filter).getSingleResult();
    }

    @Override
    public List<GroupCount> byOrganisation(TrainingEvent event, CountFilter filter) {
        return where(em.createQuery("select new org.practica.monitoring.domain.CountedEvents.GroupCount(e.organisationId, "
                + "count(distinct e.personId)) from CountedEvent e where " + conditions(filter) + " group by e.organisationId", GroupCount.class),
                event, filter).getResultList();
    }

    @Override
    public List<FactCount> byFact(TrainingEvent event, CountFilter filter, ProfileDimension dimension) {
        String fact = "p." + dimension.attribute();
        List<Object[]> rows = where(em.createQuery("select " + fact + ", count(distinct e.personId) from CountedEvent e, ProfileFacts p"
                + " where p.personId = e.personId and " + fact + " is not null and " + conditions(filter) + " group by " + fact,
                Object[].class), event, filter).getResultList();
        return rows.stream().map(r -> new FactCount(r[0] instanceof Enum<?> value ? value.name() : String.valueOf(r[0]), (Long) r[1])).toList();
    }

    @Override
    public Completion completion(CountFilter filter) {
        long enrolments = where(em.createQuery("select count(e) from CountedEvent e where " + conditions(filter), Long.class),
                TrainingEvent.ENROLLED, filter).getSingleResult();
        long completed = where(em.createQuery("select count(e) from CountedEvent e where " + conditions(filter)
                + " and exists (select c.id from CountedEvent c where c.event = org.practica.kernel.TrainingEvent.COMPLETED"
                + " and c.personId = e.personId and c.courseId = e.courseId)", Long.class), TrainingEvent.ENROLLED, filter).getSingleResult();
        return new Completion(enrolments, completed);
    }

    /** Only the filters given become conditions, so each query can use the index that leads with them. */
    private static String conditions(CountFilter filter) {
        return "e.event = :event and e.day between :from and :to"
                + (filter.organisation().isPresent() ? " and e.organisationId = :organisation" : "")
                + (filter.course().isPresent() ? " and e.courseId = :course" : "")
                + (filter.people().anyone() ? "" : " and e.personId in (select f.personId from ProfileFacts f where " + facts(filter.people()) + ")");
    }

    /** The facts a filter names, each one condition of the people's subquery. */
    private static String facts(ProfileFilter people) {
        List<String> facts = new ArrayList<>();
        if (people.sex() != null) facts.add("f.sex = :sex");
        if (people.ageBand() != null) facts.add("f.ageBand = :ageBand");
        if (people.region() != null) facts.add("f.region = :region");
        if (people.profession() != null) facts.add("f.profession = :profession");
        if (people.organisationType() != null) facts.add("f.organisationType = :organisationType");
        return String.join(" and ", facts);
    }

    private static <T> TypedQuery<T> where(TypedQuery<T> query, TrainingEvent event, CountFilter filter) {
        query.setParameter("event", event).setParameter("from", filter.from()).setParameter("to", filter.to());
        filter.organisation().ifPresent(o -> query.setParameter("organisation", o));
        filter.course().ifPresent(c -> query.setParameter("course", c));
        ProfileFilter people = filter.people();
        if (people.sex() != null) query.setParameter("sex", people.sex());
        if (people.ageBand() != null) query.setParameter("ageBand", people.ageBand());
        if (people.region() != null) query.setParameter("region", people.region().code());
        if (people.profession() != null) query.setParameter("profession", people.profession());
        if (people.organisationType() != null) query.setParameter("organisationType", people.organisationType());
        return query;
    }

}
