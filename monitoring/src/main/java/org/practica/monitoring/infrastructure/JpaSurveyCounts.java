package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.survey.CountedSurvey;
import org.practica.monitoring.domain.survey.SurveyCounts;
import org.practica.monitoring.domain.survey.SurveyFigure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Surveys counted in three tables of their own (V43): what each survey is ({@code counted_survey}),
 * who was asked and in which month they answered ({@code survey_reach}, one row per person and
 * survey), and each reply's practice change ({@code survey_reply}, with a random id, the month,
 * and the person only for a confidential survey). A dashboard reads two grouped sums over them.
 */
@ApplicationScoped
public class JpaSurveyCounts implements SurveyCounts {

    private static final String FACTS = "sex, age_band, region, profession, organisation_type";
    private static final String FACTS_OF_P = "p.sex, p.age_band, p.region, p.profession, p.organisation_type";

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void describe(CountedSurvey s) {
        em.createNativeQuery("INSERT INTO counted_survey (survey_id, course_id, title, follow_up, weeks_after, anonymous) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE title = VALUES(title), follow_up = VALUES(follow_up), weeks_after = VALUES(weeks_after),"
                        + " anonymous = VALUES(anonymous)")
                .setParameter(1, s.surveyId()).setParameter(2, s.courseId()).setParameter(3, s.title()).setParameter(4, s.followUp())
                .setParameter(5, s.weeksAfter()).setParameter(6, s.anonymous()).executeUpdate();
    }

    @Override
    public void asked(long surveyId, long person, long organisation, LocalDate on) {
        int added = em.createNativeQuery("INSERT IGNORE INTO survey_reach (survey_id, person_id, organisation_id, invited_on, " + FACTS + ")"
                        + " SELECT ?, ?, ?, ?, " + FACTS_OF_P + " FROM (SELECT 1) one LEFT JOIN profile_fact p ON p.person_id = ?")
                .setParameter(1, surveyId).setParameter(2, person).setParameter(3, organisation).setParameter(4, on).setParameter(5, person)
                .executeUpdate();
        if (added > 0) {
            addToMonth(surveyId, on.withDayOfMonth(1), organisation, "asked", 1);
        }
    }

    @Override
    public void answered(CountedSurvey survey, long person, long organisation, LocalDate on, Boolean practiceChanged) {
        LocalDate month = on.withDayOfMonth(1);
        asked(survey.surveyId(), person, organisation, on);
        // the answer counts in the month and organisation the person was asked in
        List<?> invitation = em.createNativeQuery("SELECT invited_on, organisation_id FROM survey_reach WHERE survey_id = ? AND person_id = ?"
                + " AND answered_in IS NULL FOR UPDATE").setParameter(1, survey.surveyId()).setParameter(2, person).getResultList();
        if (!invitation.isEmpty()) {
            Object[] asked = (Object[]) invitation.get(0);
            em.createNativeQuery("UPDATE survey_reach SET answered_in = ? WHERE survey_id = ? AND person_id = ?")
                    .setParameter(1, month).setParameter(2, survey.surveyId()).setParameter(3, person).executeUpdate();
            addToMonth(survey.surveyId(), day(asked[0]).withDayOfMonth(1), number(asked[1]), "answered", 1);
        }
        // an anonymous reply keeps neither the person nor their facts: nothing in it points back to them
        Long who = survey.anonymous() ? null : person;
        em.createNativeQuery("INSERT INTO survey_reply (id, survey_id, organisation_id, person_id, answered_in, practice_changed, " + FACTS + ")"
                        + " SELECT ?, ?, ?, ?, ?, ?, " + FACTS_OF_P + " FROM (SELECT 1) one LEFT JOIN profile_fact p ON p.person_id = ?")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, survey.surveyId()).setParameter(3, organisation)
                .setParameter(4, who).setParameter(5, month).setParameter(6, practiceChanged).setParameter(7, who == null ? -1L : who).executeUpdate();
        if (practiceChanged != null) {
            addToMonth(survey.surveyId(), month, organisation, "practice_said", 1);
            addToMonth(survey.surveyId(), month, organisation, "practice_changed", practiceChanged ? 1 : 0);
        }
    }

    /** Adds to one count of the survey's month and organisation (V47), starting the row when it is the first. */
    private void addToMonth(long surveyId, LocalDate month, long organisation, String count, int amount) {
        em.createNativeQuery("INSERT INTO survey_month (survey_id, month, organisation_id, " + count + ") VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE " + count + " = " + count + " + VALUES(" + count + ")")
                .setParameter(1, surveyId).setParameter(2, month).setParameter(3, organisation).setParameter(4, amount).executeUpdate();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Override
    public List<SurveyFigure> figures(CountFilter filter) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.people().anyone() && filter.training().cohort().isEmpty()) {
            // no facts or cohort asked for: the months' sums hold everything
            String months = "SELECT r.survey_id, SUM(r.asked), SUM(r.answered), SUM(r.practice_said), SUM(r.practice_changed) FROM survey_month r"
                    + joins(filter, "r", parameters) + " WHERE r.month BETWEEN ? AND ?" + narrowed(filter, "r", parameters) + " GROUP BY r.survey_id";
            for (Object[] row : rows(months, parameters)) {
                counts.put(number(row[0]), new long[]{number(row[1]), number(row[2]), number(row[3]), number(row[4])});
            }
            return described(counts);
        }
        String reach = "SELECT r.survey_id, COUNT(*), COUNT(r.answered_in) FROM survey_reach r" + joins(filter, "r", parameters)
                + " WHERE r.invited_on BETWEEN ? AND ?" + narrowed(filter, "r", parameters) + " GROUP BY r.survey_id";
        for (Object[] row : rows(reach, parameters)) {
            counts.computeIfAbsent(number(row[0]), k -> new long[4])[0] = number(row[1]);
            counts.get(number(row[0]))[1] = number(row[2]);
        }
        parameters = new ArrayList<>();
        String replies = "SELECT r.survey_id, COUNT(r.practice_changed), SUM(CASE WHEN r.practice_changed THEN 1 ELSE 0 END) FROM survey_reply r"
                + joins(filter, "r", parameters) + " WHERE r.answered_in BETWEEN ? AND ?" + narrowed(filter, "r", parameters)
                + " GROUP BY r.survey_id";
        for (Object[] row : rows(replies, parameters)) {
            long[] c = counts.computeIfAbsent(number(row[0]), k -> new long[4]);
            c[2] = number(row[1]);
            c[3] = number(row[2]);
        }
        return described(counts);
    }

    /** The surveys counted, named and in the order of their titles. */
    private List<SurveyFigure> described(Map<Long, long[]> counts) {
        List<SurveyFigure> figures = new ArrayList<>();
        if (counts.isEmpty()) {
            return figures;
        }
        Query described = em.createNativeQuery("SELECT survey_id, course_id, title, follow_up, weeks_after, anonymous FROM counted_survey"
                + " WHERE survey_id IN (" + String.join(", ", counts.keySet().stream().map(String::valueOf).toList()) + ") ORDER BY title, survey_id");
        for (Object r : described.getResultList()) {
            Object[] row = (Object[]) r;
            CountedSurvey survey = new CountedSurvey(number(row[0]), number(row[1]), (String) row[2], flag(row[3]), (int) number(row[4]), flag(row[5]));
            long[] c = counts.get(survey.surveyId());
            figures.add(new SurveyFigure(survey, c[0], c[1], c[2], c[3]));
        }
        return figures;
    }

    /** The courses a survey may be about, when the filter narrows them. */
    private static String joins(CountFilter filter, String alias, List<Object> parameters) {
        if (filter.training().courses().isEmpty()) {
            return "";
        }
        List<String> conditions = new ArrayList<>();
        ScopeConditions.courses(filter.training(), "s.", conditions, parameters);
        return " JOIN counted_survey s ON s.survey_id = " + alias + ".survey_id AND " + String.join(" AND ", conditions);
    }

    /**
     * The period's bounds, then the organisation and the people's facts: each row carries the facts
     * of its person (none for an anonymous reply, which a filter on facts therefore leaves out).
     */
    private static String narrowed(CountFilter filter, String alias, List<Object> parameters) {
        parameters.add(filter.from());
        parameters.add(filter.to());
        List<String> conditions = new ArrayList<>();
        if (filter.organisation().isPresent()) {
            conditions.add(alias + ".organisation_id = ?");
            parameters.add(filter.organisation().getAsLong());
        }
        FactConditions.sql(filter.people(), alias + ".", conditions, parameters);
        if (filter.training().cohort().isPresent()) {
            // a cohort's people: an anonymous reply, kept without its person, cannot be counted in one
            conditions.add(alias + ".person_id IN (SELECT m.person_id FROM cohort_member m WHERE m.cohort_id = ?)");
            parameters.add(filter.training().cohort().getAsLong());
        }
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
