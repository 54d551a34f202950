package org.practica.monitoring.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.SideBySide;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.CountedCourse;
import org.practica.monitoring.domain.CountedEvent;
import org.practica.monitoring.domain.CountedEvents;
import org.practica.monitoring.domain.MonthWindow;
import org.practica.monitoring.domain.MonthlyMeasures;
import org.practica.monitoring.domain.PeopleSummary;
import org.practica.monitoring.domain.PeopleFigures;
import org.practica.monitoring.domain.EventSummary;
import org.practica.monitoring.domain.ScopedFigures;
import org.practica.monitoring.domain.TrainingScope;
import org.practica.monitoring.domain.profile.ProfileDimension;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

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
     * Everything a dashboard counts of people: one pass over the summary rows of the filter's
     * organisation and facts with anything in its period, streamed straight from the database (a
     * national programme's 100,000 rows are not held as entities); narrowed to some training, or
     * outside the summary's window, from the events themselves.
     */
    @Override
    public PeopleFigures people(CountFilter filter) {
        return tallied(filter) ? summary(filter) : fromEvents(filter);
    }

    private PeopleSummary summary(CountFilter filter) {
        return summary(filter, List.of(), List.of());
    }

    /** The people's summary of the filter's organisation and facts, and of {@code more} conditions on {@code m}. */
    private PeopleSummary summary(CountFilter filter, List<String> more, List<Object> moreParameters) {
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
                + ") FROM monitored_person m WHERE (" + active + ") AND " + where(filter, parameters)
                + more.stream().map(c -> " AND " + c).collect(java.util.stream.Collectors.joining());
        parameters.addAll(moreParameters);
        String[] facts = new String[FACT_COLUMNS.size()];
        long[] bits = new long[words.size()];
        stream(sql, parameters, row -> {
            for (int f = 0; f < facts.length; f++) {
                facts[f] = row.getString(2 + f);
            }
            for (int w = 0; w < bits.length; w++) {
                bits[w] = row.getLong(2 + facts.length + w);
            }
            summary.count(row.getLong(1), facts, bits, row.getBytes(2 + facts.length + bits.length));
        });
        return summary;
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

    // ---- counted from the events themselves: a course, a cohort, a body, or a period outside the summary's window

    /**
     * The events of the filter streamed once each into an {@link EventSummary}, with their person's
     * facts: those of a course within the scope's courses and cohort, those of no course for the
     * scope's people (a body's certificates from its own register), and the graded attempts.
     */
    private PeopleFigures fromEvents(CountFilter filter) {
        TrainingScope scope = filter.training();
        String facts = ", p.sex, p.age_band, p.region, p.profession, p.organisation_type";
        String events = "SELECT e.event, e.person_id, e.organisation_id, e.month, e.amount, e.completed_on IS NOT NULL" + facts
                + " FROM training_fact e LEFT JOIN profile_fact p ON p.person_id = e.person_id WHERE ";
        List<Supplier<EventSummary>> reads = new ArrayList<>();
        reads.add(() -> {
            List<Object> parameters = new ArrayList<>();
            List<String> conditions = periodAndPlace(filter, "e.", "e.day", parameters);
            conditions.add(0, "e.event IN ('ENROLLED', 'COMPLETED')");
            ScopeConditions.courseBound(scope, "e.", conditions, parameters);
            FactConditions.sql(filter.people(), "p.", conditions, parameters);
            return streamed(filter, events + String.join(" AND ", conditions), parameters, JpaCountedEvents::countEvent);
        });
        boolean inWindow = MonthWindow.covers(YearMonth.from(filter.from()), YearMonth.from(filter.to()));
        CompletableFuture<PeopleSummary> ofPeople = null;
        if (inWindow) {
            // what belongs to no course, of the scope's people: their summary rows, far fewer than their events
            List<String> people = new ArrayList<>();
            List<Object> peopleParameters = new ArrayList<>();
            ScopeConditions.people(scope, "m.", people, peopleParameters);
            Supplier<PeopleSummary> read = () -> summary(filter, people, peopleParameters);
            ofPeople = SideBySide.start(executor, read);
        } else reads.add(() -> {
            List<Object> parameters = new ArrayList<>();
            List<String> conditions = periodAndPlace(filter, "e.", "e.day", parameters);
            conditions.add(0, scope.body().isPresent() ? "e.event = 'HOURS_SIGNED_OFF'" : "e.event IN ('CERTIFIED', 'HOURS_SIGNED_OFF')");
            ScopeConditions.people(scope, "e.", conditions, parameters);
            FactConditions.sql(filter.people(), "p.", conditions, parameters);
            return streamed(filter, events + String.join(" AND ", conditions), parameters, JpaCountedEvents::countEvent);
        });
        if (scope.body().isPresent()) {
            reads.add(() -> {
                // narrowed to a body, "certified" is the people its own certificates were issued to (counted_certificate, V48)
                List<Object> parameters = new ArrayList<>();
                List<String> conditions = periodAndPlace(filter, "c.", "c.issued_on", parameters);
                conditions.add(0, "c.body_id = ?");
                parameters.add(0, scope.body().getAsLong());
                if (scope.cohort().isPresent()) {
                    ScopeConditions.people(scope, "c.", conditions, parameters);
                }
                FactConditions.sql(filter.people(), "p.", conditions, parameters);
                return streamed(filter, "SELECT 'CERTIFIED', c.person_id, c.organisation_id, EXTRACT(YEAR_MONTH FROM c.issued_on), 1, FALSE" + facts
                        + " FROM counted_certificate c LEFT JOIN profile_fact p ON p.person_id = c.person_id WHERE "
                        + String.join(" AND ", conditions), parameters, JpaCountedEvents::countEvent);
            });
        }
        reads.add(() -> {
            List<Object> parameters = new ArrayList<>();
            List<String> conditions = periodAndPlace(filter, "t.", "t.day", parameters);
            ScopeConditions.courseBound(scope, "t.", conditions, parameters);
            FactConditions.sql(filter.people(), "p.", conditions, parameters);
            return streamed(filter, "SELECT t.person_id, EXTRACT(YEAR_MONTH FROM t.day), t.passed FROM test_score t"
                    + " LEFT JOIN profile_fact p ON p.person_id = t.person_id WHERE " + String.join(" AND ", conditions), parameters,
                    (summary, row) -> summary.attempt(row.getLong(1), row.getInt(2), row.getBoolean(3)));
        });
        // independent reads, side by side: the dashboard waits for the longest, not for their sum
        List<CompletableFuture<EventSummary>> running = reads.stream().map(read -> SideBySide.start(executor, read)).toList();
        EventSummary all = new EventSummary(YearMonth.from(filter.from()), YearMonth.from(filter.to()));
        running.forEach(read -> all.plus(SideBySide.joined(read)));
        return ofPeople == null ? all : new ScopedFigures(all, SideBySide.joined(ofPeople), scope.body().isPresent());
    }

    private EventSummary streamed(CountFilter filter, String sql, List<Object> parameters, Counting counting) {
        EventSummary summary = new EventSummary(YearMonth.from(filter.from()), YearMonth.from(filter.to()));
        stream(sql, parameters, row -> counting.count(summary, row));
        return summary;
    }

    private interface Counting {
        void count(EventSummary summary, ResultSet row) throws SQLException;
    }

    /** The period's days on {@code day}, then the organisation on the rows under {@code alias}. */
    private static List<String> periodAndPlace(CountFilter filter, String alias, String day, List<Object> parameters) {
        List<String> conditions = new ArrayList<>(List.of(day + " BETWEEN ? AND ?"));
        parameters.add(filter.from());
        parameters.add(filter.to());
        filter.organisation().ifPresent(o -> {
            conditions.add(alias + "organisation_id = ?");
            parameters.add(o);
        });
        return conditions;
    }

    private static void countEvent(EventSummary summary, ResultSet row) throws SQLException {
        String[] facts = new String[FACT_COLUMNS.size()];
        for (int f = 0; f < facts.length; f++) {
            facts[f] = row.getString(7 + f);
        }
        summary.count(TrainingEvent.valueOf(row.getString(1)), row.getLong(2), row.getLong(3), row.getInt(4), facts, row.getBigDecimal(5),
                row.getBoolean(6));
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /** A query's rows streamed straight from the database, not held as a list. */
    private void stream(String sql, List<Object> parameters, Row each) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    each.read(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("monitoring's counts could not be read", e);
        }
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

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
