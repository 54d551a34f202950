package org.practica.monitoring.infrastructure;

import jakarta.annotation.Resource;
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
import org.practica.monitoring.domain.MonthlyMeasures;
import org.practica.monitoring.domain.PeopleSummary;
import org.practica.monitoring.domain.profile.ProfileDimension;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts of people read from a summary kept current by the events ({@code monitored_person}, V40,
 * V44, V46): one row per person with their facts, the organisation of their latest event, per event
 * the months it happened in as bits, and their monthly enrolments, completions and hours. A
 * dashboard's people figures are then one streamed pass over one row per person, whatever the
 * number of events; an organisation filter counts people where they are now. A period outside the
 * bits' window, or limited to a course, is counted from the events instead.
 */
@ApplicationScoped
public class JpaCountedEvents implements CountedEvents {

    private static final Map<TrainingEvent, String> TALLY = Map.of(TrainingEvent.ENROLLED, "enrolled",
            TrainingEvent.COMPLETED, "completed", TrainingEvent.CERTIFIED, "certified", TrainingEvent.HOURS_SIGNED_OFF, "supervised");

    /** The summary's fact columns, in the order of {@link ProfileDimension}. */
    private static final List<String> FACT_COLUMNS = List.of("m.sex", "m.age_band", "m.region", "m.profession", "m.organisation_type");

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Resource(lookup = "jdbc/practica")
    DataSource database;

    @Override
    public void add(CountedEvent event) {
        em.persist(event);
        em.flush();
        mark(event.personId(), event.organisationId(), event.month(), TALLY.get(event.event()));
        switch (event.event()) {
            case ENROLLED -> measure(event.personId(), event.month(), 1, 0, null);
            case HOURS_SIGNED_OFF -> measure(event.personId(), event.month(), 0, 0, event.amount());
            case COMPLETED -> {
                if (event.courseId() != null) {
                    completeEnrolments(event);
                }
            }
            default -> { }
        }
    }

    /** The person's open enrolments in the course are completed on the event's day, each counted in its own month. */
    private void completeEnrolments(CountedEvent event) {
        @SuppressWarnings("unchecked")
        List<Object> months = em.createNativeQuery("SELECT month FROM training_fact WHERE event = 'ENROLLED' AND person_id = ? AND course_id = ?"
                + " AND completed_on IS NULL FOR UPDATE").setParameter(1, event.personId()).setParameter(2, event.courseId()).getResultList();
        if (months.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE training_fact SET completed_on = ? WHERE event = 'ENROLLED' AND person_id = ? AND course_id = ?"
                        + " AND completed_on IS NULL").setParameter(1, event.day()).setParameter(2, event.personId())
                .setParameter(3, event.courseId()).executeUpdate();
        months.forEach(month -> measure(event.personId(), (int) number(month), 0, 1, null));
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
     * Adds to the person's {@link MonthlyMeasures} for a month (yyyymm), after {@link #mark} made
     * sure their row exists; the row is locked while its bytes are rewritten, so two events of the
     * same person in parallel both count.
     */
    void measure(long person, int yyyymm, int enrolments, int completed, BigDecimal hours) {
        int month = MonthWindow.index(yyyymm);
        if (month < 0) {
            return;
        }
        List<?> current = em.createNativeQuery("SELECT measures FROM monitored_person WHERE person_id = ? FOR UPDATE")
                .setParameter(1, person).getResultList();
        if (current.isEmpty()) {
            return;
        }
        byte[] next = MonthlyMeasures.of((byte[]) current.get(0)).plus(month, enrolments, completed, hours).bytes();
        em.createNativeQuery("UPDATE monitored_person SET measures = ? WHERE person_id = ?").setParameter(1, next).setParameter(2, person)
                .executeUpdate();
    }

    /**
     * Everything a dashboard counts of people, in one pass over the summary rows of the filter's
     * organisation and facts with anything in its period, streamed straight from the database (a
     * national programme's 100,000 rows are not held as entities); empty when the filter cannot be
     * read from the summary (a course, or a period outside the window).
     */
    @Override
    public Optional<PeopleSummary> summary(CountFilter filter) {
        if (!tallied(filter)) {
            return Optional.empty();
        }
        PeopleSummary summary = new PeopleSummary(YearMonth.from(filter.from()), YearMonth.from(filter.to()));
        long maskA = MonthWindow.mask(summary.firstMonth(), summary.firstMonth() + summary.months() - 1, 0);
        long maskB = MonthWindow.mask(summary.firstMonth(), summary.firstMonth() + summary.months() - 1, 1);
        List<String> words = new ArrayList<>();
        PeopleSummary.COLUMNS.forEach(c -> words.addAll(List.of("m." + c + "_a", "m." + c + "_b")));
        List<Object> parameters = new ArrayList<>();
        String active = "((" + String.join(" | ", words.stream().filter(w -> w.endsWith("_a")).toList()) + ") & " + maskA + ") <> 0 OR (("
                + String.join(" | ", words.stream().filter(w -> w.endsWith("_b")).toList()) + ") & " + maskB + ") <> 0";
        String sql = "SELECT m.organisation_id, " + String.join(", ", FACT_COLUMNS) + ", " + String.join(", ", words)
                + ", SUBSTRING(m.measures, " + (summary.firstMonth() * MonthlyMeasures.WIDTH + 1) + ", " + summary.months() * MonthlyMeasures.WIDTH
                + ") FROM monitored_person m WHERE (" + active + ") AND " + where(filter, parameters);
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.setFetchSize(1000);
            String[] facts = new String[FACT_COLUMNS.size()];
            long[] bits = new long[words.size()];
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    for (int f = 0; f < facts.length; f++) {
                        facts[f] = row.getString(2 + f);
                    }
                    for (int w = 0; w < bits.length; w++) {
                        bits[w] = row.getLong(2 + facts.length + w);
                    }
                    summary.count(row.getLong(1), facts, bits, row.getBytes(2 + facts.length + bits.length));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the people's summary could not be read", e);
        }
        return Optional.of(summary);
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

    // ---- counted from the events themselves: a course's people, or a period outside the summary's window

    @Override
    public Tally tally(CountFilter filter) {
        Map<TrainingEvent, Long> people = new EnumMap<>(TrainingEvent.class);
        Map<Integer, Map<TrainingEvent, Long>> monthly = new LinkedHashMap<>();
        for (TrainingEvent event : TALLY.keySet()) {
            if (event == TrainingEvent.CERTIFIED && filter.training().body().isPresent()) {
                certifiedByBody(filter, people, monthly);
                continue;
            }
            String total = "select count(distinct e.personId) from CountedEvent e where " + conditions(filter, event);
            people.put(event, where(em.createQuery(total, Long.class), total, event, filter).getSingleResult());
            String perMonth = "select e.month, count(distinct e.personId) from CountedEvent e where " + conditions(filter, event) + " group by e.month";
            List<Object[]> rows = where(em.createQuery(perMonth, Object[].class), perMonth, event, filter).getResultList();
            rows.forEach(r -> monthly.computeIfAbsent((Integer) r[0], m -> new EnumMap<>(TrainingEvent.class)).put(event, (Long) r[1]));
        }
        return new Tally(people, monthly);
    }

    /** Narrowed to a body, "certified" is the people its own certificates were issued to in the period (counted_certificate, V48). */
    private void certifiedByBody(CountFilter filter, Map<TrainingEvent, Long> people, Map<Integer, Map<TrainingEvent, Long>> monthly) {
        List<Object> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>(List.of("c.body_id = ?", "c.issued_on BETWEEN ? AND ?"));
        parameters.addAll(List.of(filter.training().body().getAsLong(), filter.from(), filter.to()));
        filter.organisation().ifPresent(o -> {
            conditions.add("c.organisation_id = ?");
            parameters.add(o);
        });
        if (filter.training().cohort().isPresent()) {
            ScopeConditions.people(filter.training(), "c.", conditions, parameters);
        }
        FactConditions.sql(filter.people(), "m.", conditions, parameters);
        String from = " FROM counted_certificate c JOIN monitored_person m ON m.person_id = c.person_id WHERE " + String.join(" AND ", conditions);
        people.put(TrainingEvent.CERTIFIED, number(bind(em.createNativeQuery("SELECT COUNT(DISTINCT c.person_id)" + from), parameters).getSingleResult()));
        for (Object r : bind(em.createNativeQuery("SELECT EXTRACT(YEAR_MONTH FROM c.issued_on), COUNT(DISTINCT c.person_id)" + from
                + " GROUP BY EXTRACT(YEAR_MONTH FROM c.issued_on)"), parameters).getResultList()) {
            Object[] row = (Object[]) r;
            monthly.computeIfAbsent((int) number(row[0]), m -> new EnumMap<>(TrainingEvent.class)).put(TrainingEvent.CERTIFIED, number(row[1]));
        }
    }

    @Override
    public List<GroupCount> trainedByOrganisation(CountFilter filter) {
        String text = "select new org.practica.monitoring.domain.CountedEvents.GroupCount(e.organisationId, "
                + "count(distinct e.personId)) from CountedEvent e where " + conditions(filter, TrainingEvent.ENROLLED) + " group by e.organisationId";
        return where(em.createQuery(text, GroupCount.class), text, TrainingEvent.ENROLLED, filter).getResultList();
    }

    @Override
    public List<FactCount> trainedByFact(CountFilter filter, ProfileDimension dimension) {
        String fact = "p." + dimension.attribute();
        String text = "select " + fact + ", count(distinct e.personId) from CountedEvent e, ProfileFacts p"
                + " where p.personId = e.personId and " + fact + " is not null and " + conditions(filter, TrainingEvent.ENROLLED) + " group by " + fact;
        List<Object[]> rows = where(em.createQuery(text, Object[].class), text, TrainingEvent.ENROLLED, filter).getResultList();
        return rows.stream().map(r -> new FactCount(r[0] instanceof Enum<?> value ? value.name() : String.valueOf(r[0]), (Long) r[1])).toList();
    }

    @Override
    public Map<Integer, BigDecimal> hours(CountFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT e.month, SUM(e.amount) FROM training_fact e WHERE e.event = 'HOURS_SIGNED_OFF' AND "
                + eventConditions(filter, false, parameters) + " GROUP BY e.month";
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
        String sql = "SELECT COUNT(*), COUNT(e.completed_on) FROM training_fact e WHERE e.event = 'ENROLLED' AND " + eventConditions(filter, true, parameters);
        Object[] row = (Object[]) bind(em.createNativeQuery(sql), parameters).getSingleResult();
        return new Completion(number(row[0]), number(row[1]));
    }

    /** Whether the people of this filter can be read from the tallies: a period inside their window, and all training. */
    private static boolean tallied(CountFilter filter) {
        return filter.training().all() && MonthWindow.covers(YearMonth.from(filter.from()), YearMonth.from(filter.to()));
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

    /**
     * The events' conditions for sums over them: period, organisation, training (the courses for
     * events of a course, else the scope's people), and facts through the person's row.
     */
    private static String eventConditions(CountFilter filter, boolean ofACourse, List<Object> parameters) {
        List<String> conditions = new ArrayList<>(List.of("e.day BETWEEN ? AND ?"));
        parameters.add(filter.from());
        parameters.add(filter.to());
        filter.organisation().ifPresent(o -> {
            conditions.add("e.organisation_id = ?");
            parameters.add(o);
        });
        if (ofACourse) {
            ScopeConditions.courseBound(filter.training(), "e.", conditions, parameters);
        } else {
            ScopeConditions.people(filter.training(), "e.", conditions, parameters);
        }
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

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Only the filters given become conditions, so each query can use the index that leads with them. */
    private static String conditions(CountFilter filter, TrainingEvent event) {
        boolean ofACourse = event == TrainingEvent.ENROLLED || event == TrainingEvent.COMPLETED;
        return "e.event = :event and e.day between :from and :to"
                + (filter.organisation().isPresent() ? " and e.organisationId = :organisation" : "")
                + (ofACourse ? ScopeConditions.jpqlCourseBound(filter.training(), "e") : ScopeConditions.jpqlPeople(filter.training(), "e"))
                + (filter.people().anyone() ? "" : " and e.personId in (select f.personId from ProfileFacts f where " + FactConditions.jpql(filter.people()) + ")");
    }

    private <T> TypedQuery<T> where(TypedQuery<T> query, String text, TrainingEvent event, CountFilter filter) {
        query.setParameter("event", event).setParameter("from", filter.from()).setParameter("to", filter.to());
        filter.organisation().ifPresent(o -> query.setParameter("organisation", o));
        ScopeConditions.bind(em, query, text, filter.training());
        FactConditions.bind(query, filter.people());
        return query;
    }
}
