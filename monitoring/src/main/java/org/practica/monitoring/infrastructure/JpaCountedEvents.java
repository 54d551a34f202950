package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.CountedCourse;
import org.practica.monitoring.domain.CountedEvent;
import org.practica.monitoring.domain.CountedEvents;
import org.practica.monitoring.domain.MonthWindow;
import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of people read from a summary kept current by the events ({@code monitored_person}, V40):
 * one row per person with their facts, the organisation of their latest event, and per event the
 * months it happened in as bits. Counting the people of a period is then one pass over one row per
 * person, whatever the number of events, filtered by organisation and facts with plain
 * conditions. Hours and the completion rate are sums over the events themselves (an enrolment
 * carries the day its course was completed). A period outside the bits' window, or limited to a
 * course, is counted from the events instead.
 */
@ApplicationScoped
public class JpaCountedEvents implements CountedEvents {

    private static final Map<TrainingEvent, String> TALLY = Map.of(TrainingEvent.ENROLLED, "enrolled",
            TrainingEvent.COMPLETED, "completed", TrainingEvent.CERTIFIED, "certified", TrainingEvent.HOURS_SIGNED_OFF, "supervised");

    private static final Map<ProfileDimension, String> COLUMN = Map.of(ProfileDimension.SEX, "sex", ProfileDimension.AGE_BAND, "age_band",
            ProfileDimension.REGION, "region", ProfileDimension.PROFESSION, "profession", ProfileDimension.ORGANISATION_TYPE, "organisation_type");

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void add(CountedEvent event) {
        em.persist(event);
        em.flush();
        if (event.event() == TrainingEvent.COMPLETED && event.courseId() != null) {
            em.createNativeQuery("UPDATE training_fact SET completed_on = ? WHERE event = 'ENROLLED' AND person_id = ? AND course_id = ?"
                    + " AND completed_on IS NULL").setParameter(1, event.day()).setParameter(2, event.personId())
                    .setParameter(3, event.courseId()).executeUpdate();
        }
        mark(event.personId(), event.organisationId(), event.month(), TALLY.get(event.event()));
    }

    /**
     * Sets the month's bit (yyyymm) in some of the person's summary columns (enrolled, completed,
     * certified, supervised, attempted, passed), adding their row with their facts when it is new;
     * the organisation becomes the one of this latest fact. Outside the window nothing is marked.
     */
    void mark(long person, long organisation, int yyyymm, String... columns) {
        int month = MonthWindow.index(yyyymm);
        if (month < 0 || columns.length == 0) {
            return;
        }
        long[] bits = {MonthWindow.mask(month, month, 0), MonthWindow.mask(month, month, 1)};
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> updates = new ArrayList<>(List.of("organisation_id = VALUES(organisation_id)"));
        for (String column : columns) {
            for (String word : new String[]{"_a", "_b"}) {
                names.add(column + word);
                values.add(word.equals("_a") ? String.valueOf(bits[0]) : String.valueOf(bits[1]));
                updates.add(column + word + " = " + column + word + " | VALUES(" + column + word + ")");
            }
        }
        em.createNativeQuery("INSERT INTO monitored_person (person_id, organisation_id, sex, age_band, region, profession, organisation_type, "
                        + String.join(", ", names) + ") SELECT ?, ?, p.sex, p.age_band, p.region, p.profession, p.organisation_type, "
                        + String.join(", ", values) + " FROM (SELECT 1) one LEFT JOIN profile_fact p ON p.person_id = ?"
                        + " ON DUPLICATE KEY UPDATE " + String.join(", ", updates))
                .setParameter(1, person).setParameter(2, organisation).setParameter(3, person).executeUpdate();
    }

    /**
     * For each summary column, the people with any month of the filter's period in it, in one pass
     * over the summary; empty when the filter cannot be read from it (a course, or a period outside
     * the window).
     */
    java.util.Optional<long[]> people(CountFilter filter, String... columns) {
        if (!tallied(filter)) {
            return java.util.Optional.empty();
        }
        Period p = new Period(filter);
        List<String> sums = new ArrayList<>();
        for (String column : columns) {
            sums.add("SUM(" + p.any(column) + ")");
        }
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT " + String.join(", ", sums) + " FROM monitored_person m WHERE " + where(filter, parameters);
        Object result = bind(em.createNativeQuery(sql), parameters).getSingleResult();
        Object[] row = result instanceof Object[] r ? r : new Object[]{result};
        long[] counts = new long[columns.length];
        for (int i = 0; i < columns.length; i++) {
            counts[i] = number(row[i]);
        }
        return java.util.Optional.of(counts);
    }

    @Override
    public void name(long courseId, String title) {
        CountedCourse known = em.find(CountedCourse.class, courseId);
        if (known == null) {
            em.persist(new CountedCourse(courseId, title));
        } else {
            known.retitle(title);
        }
    }

    @Override
    public Map<Long, String> courses() {
        Map<Long, String> courses = new LinkedHashMap<>();
        em.createQuery("select c from CountedCourse c order by c.title", CountedCourse.class).getResultList()
                .forEach(c -> courses.put(c.courseId(), c.title()));
        return courses;
    }

    @Override
    public Tally tally(CountFilter filter) {
        if (!tallied(filter)) {
            return fromEvents(filter);
        }
        Period p = new Period(filter);
        List<Integer> months = p.months();
        StringBuilder select = new StringBuilder("SELECT ");
        List<TrainingEvent> events = List.of(TrainingEvent.ENROLLED, TrainingEvent.COMPLETED, TrainingEvent.CERTIFIED,
                TrainingEvent.HOURS_SIGNED_OFF);
        List<String> sums = new ArrayList<>();
        for (TrainingEvent e : events) {
            sums.add("SUM(" + p.any(TALLY.get(e)) + ")");
        }
        for (int m = 0; m < months.size(); m++) {
            for (TrainingEvent e : events) {
                sums.add("SUM(" + bit(TALLY.get(e), p.first + m) + ")");
            }
        }
        select.append(String.join(", ", sums)).append(" FROM monitored_person m");
        List<Object> parameters = new ArrayList<>();
        select.append(" WHERE ").append(where(filter, parameters));
        Object[] row = (Object[]) bind(em.createNativeQuery(select.toString()), parameters).getSingleResult();
        Map<TrainingEvent, Long> people = new EnumMap<>(TrainingEvent.class);
        for (int i = 0; i < events.size(); i++) {
            people.put(events.get(i), number(row[i]));
        }
        Map<Integer, Map<TrainingEvent, Long>> monthly = new LinkedHashMap<>();
        for (int m = 0; m < months.size(); m++) {
            Map<TrainingEvent, Long> counts = new EnumMap<>(TrainingEvent.class);
            for (int i = 0; i < events.size(); i++) {
                counts.put(events.get(i), number(row[events.size() + m * events.size() + i]));
            }
            monthly.put(months.get(m), counts);
        }
        return new Tally(people, monthly);
    }

    @Override
    public List<GroupCount> byOrganisation(TrainingEvent event, CountFilter filter) {
        if (!tallied(filter)) {
            return where(em.createQuery("select new org.practica.monitoring.domain.CountedEvents.GroupCount(e.organisationId, "
                    + "count(distinct e.personId)) from CountedEvent e where " + conditions(filter) + " group by e.organisationId",
                    GroupCount.class), event, filter).getResultList();
        }
        return grouped("m.organisation_id", event, filter).stream()
                .map(r -> new GroupCount(number(r[0]), number(r[1]))).toList();
    }

    @Override
    public List<FactCount> byFact(TrainingEvent event, CountFilter filter, ProfileDimension dimension) {
        if (!tallied(filter)) {
            String fact = "p." + dimension.attribute();
            List<Object[]> rows = where(em.createQuery("select " + fact + ", count(distinct e.personId) from CountedEvent e, ProfileFacts p"
                    + " where p.personId = e.personId and " + fact + " is not null and " + conditions(filter) + " group by " + fact,
                    Object[].class), event, filter).getResultList();
            return rows.stream().map(r -> new FactCount(r[0] instanceof Enum<?> value ? value.name() : String.valueOf(r[0]), (Long) r[1])).toList();
        }
        return grouped("m." + COLUMN.get(dimension), event, filter).stream().filter(r -> r[0] != null)
                .map(r -> new FactCount(String.valueOf(r[0]), number(r[1]))).toList();
    }

    @Override
    public Map<Integer, BigDecimal> hours(CountFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT e.month, SUM(e.amount) FROM training_fact e WHERE e.event = 'HOURS_SIGNED_OFF' AND "
                + eventConditions(filter, parameters) + " GROUP BY e.month";
        Map<Integer, BigDecimal> hours = new LinkedHashMap<>();
        for (Object r : bind(em.createNativeQuery(sql), parameters).getResultList()) {
            Object[] row = (Object[]) r;
            hours.put((int) number(row[0]), row[1] instanceof BigDecimal b ? b : new BigDecimal(row[1].toString()));
        }
        return hours;
    }

    @Override
    public Completion completion(CountFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT COUNT(*), COUNT(e.completed_on) FROM training_fact e WHERE e.event = 'ENROLLED' AND " + eventConditions(filter, parameters);
        Object[] row = (Object[]) bind(em.createNativeQuery(sql), parameters).getSingleResult();
        return new Completion(number(row[0]), number(row[1]));
    }

    /** Whether the people of this filter can be read from the tallies: a period inside their window, and no course. */
    private static boolean tallied(CountFilter filter) {
        return filter.course().isEmpty() && MonthWindow.covers(YearMonth.from(filter.from()), YearMonth.from(filter.to()));
    }

    private List<Object[]> grouped(String column, TrainingEvent event, CountFilter filter) {
        Period p = new Period(filter);
        String counted = "SUM(" + p.any(TALLY.get(event)) + ")";
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT " + column + ", " + counted + " FROM monitored_person m WHERE " + where(filter, parameters)
                + " GROUP BY " + column + " HAVING " + counted + " > 0";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), parameters).getResultList();
        return rows;
    }

    /** The tallies' conditions: the organisation and each fact the filter names. */
    private static String where(CountFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        filter.organisation().ifPresent(o -> {
            conditions.add("m.organisation_id = ?");
            parameters.add(o);
        });
        FactConditions.sql(filter.people(), "m.", conditions, parameters);
        return String.join(" AND ", conditions);
    }

    /** The events' conditions for sums over them: period, organisation, course, and facts through the person's row. */
    private static String eventConditions(CountFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>(List.of("e.day BETWEEN ? AND ?"));
        parameters.add(filter.from());
        parameters.add(filter.to());
        filter.organisation().ifPresent(o -> {
            conditions.add("e.organisation_id = ?");
            parameters.add(o);
        });
        filter.course().ifPresent(c -> {
            conditions.add("e.course_id = ?");
            parameters.add(c);
        });
        if (!filter.people().anyone()) {
            List<String> facts = new ArrayList<>();
            FactConditions.sql(filter.people(), "f.", facts, parameters);
            conditions.add("e.person_id IN (SELECT f.person_id FROM profile_fact f WHERE " + String.join(" AND ", facts) + ")");
        }
        return String.join(" AND ", conditions);
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** Whether the person's word for this event has the month's bit. */
    private static String bit(String column, int month) {
        int word = month / MonthWindow.BITS;
        return "(m." + column + (word == 0 ? "_a" : "_b") + " >> " + (month % MonthWindow.BITS) + " & 1)";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A filter's months as bit positions. */
    private static final class Period {
        final int first;
        final int last;
        private final YearMonth from;

        Period(CountFilter filter) {
            this.from = YearMonth.from(filter.from());
            YearMonth to = YearMonth.from(filter.to());
            this.first = MonthWindow.index(from.getYear() * 100 + from.getMonthValue());
            this.last = MonthWindow.index(to.getYear() * 100 + to.getMonthValue());
        }

        List<Integer> months() {
            List<Integer> months = new ArrayList<>();
            for (int i = 0; i <= last - first; i++) {
                YearMonth m = from.plusMonths(i);
                months.add(m.getYear() * 100 + m.getMonthValue());
            }
            return months;
        }

        /** Whether the person's event happened in any month of the period (a 0/1 expression). */
        String any(String column) {
            long a = MonthWindow.mask(first, last, 0);
            long b = MonthWindow.mask(first, last, 1);
            List<String> words = new ArrayList<>();
            if (a != 0) words.add("(m." + column + "_a & " + a + ") <> 0");
            if (b != 0) words.add("(m." + column + "_b & " + b + ") <> 0");
            return "(" + String.join(" OR ", words) + ")";
        }
    }

    // ---- counted from the events themselves: a course's people, or a period outside the tallies' window

    private Tally fromEvents(CountFilter filter) {
        Map<TrainingEvent, Long> people = new EnumMap<>(TrainingEvent.class);
        Map<Integer, Map<TrainingEvent, Long>> monthly = new LinkedHashMap<>();
        for (TrainingEvent event : TALLY.keySet()) {
            people.put(event, where(em.createQuery("select count(distinct e.personId) from CountedEvent e where " + conditions(filter),
                    Long.class), event, filter).getSingleResult());
            List<Object[]> rows = where(em.createQuery("select e.month, count(distinct e.personId) from CountedEvent e where "
                    + conditions(filter) + " group by e.month", Object[].class), event, filter).getResultList();
            rows.forEach(r -> monthly.computeIfAbsent((Integer) r[0], m -> new EnumMap<>(TrainingEvent.class)).put(event, (Long) r[1]));
        }
        return new Tally(people, monthly);
    }

    /** Only the filters given become conditions, so each query can use the index that leads with them. */
    private static String conditions(CountFilter filter) {
        return "e.event = :event and e.day between :from and :to"
                + (filter.organisation().isPresent() ? " and e.organisationId = :organisation" : "")
                + (filter.course().isPresent() ? " and e.courseId = :course" : "")
                + (filter.people().anyone() ? "" : " and e.personId in (select f.personId from ProfileFacts f where " + FactConditions.jpql(filter.people()) + ")");
    }


    private static <T> TypedQuery<T> where(TypedQuery<T> query, TrainingEvent event, CountFilter filter) {
        query.setParameter("event", event).setParameter("from", filter.from()).setParameter("to", filter.to());
        filter.organisation().ifPresent(o -> query.setParameter("organisation", o));
        filter.course().ifPresent(c -> query.setParameter("course", c));
        FactConditions.bind(query, filter.people());
        return query;
    }
}
