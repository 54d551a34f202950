package org.practica.assessments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.practica.assessments.domain.survey.Survey;
import org.practica.assessments.domain.survey.SurveyId;
import org.practica.assessments.domain.survey.SurveyInvitation;
import org.practica.assessments.domain.survey.SurveyRepository;
import org.practica.assessments.domain.survey.SurveyResponse;
import org.practica.assessments.domain.survey.SurveyStatus;
import org.practica.courses.domain.course.CourseId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void add(Survey survey) {
        em.persist(survey);
        em.flush();
    }

    @Override
    public Optional<Survey> find(SurveyId id) {
        return Optional.ofNullable(em.find(Survey.class, id.value()));
    }

    @Override
    public List<Survey> of(CourseId course) {
        return em.createQuery("select s from Survey s where s.courseId = :c order by s.id", Survey.class)
                .setParameter("c", course.value()).getResultList();
    }

    @Override
    public List<Survey> open() {
        return em.createQuery("select s from Survey s where s.status = :open order by s.id", Survey.class)
                .setParameter("open", SurveyStatus.OPEN).getResultList();
    }

    @Override
    public Optional<SurveyInvitation> invitationLocked(SurveyId survey, String person) {
        return invitationOf(survey, person).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<SurveyInvitation> invitation(SurveyId survey, String person) {
        return invitationOf(survey, person).getResultStream().findFirst();
    }

    private TypedQuery<SurveyInvitation> invitationOf(SurveyId survey, String person) {
        return em.createQuery("select i from SurveyInvitation i where i.surveyId = :s and i.person = :p", SurveyInvitation.class)
                .setParameter("s", survey.value()).setParameter("p", person);
    }

    @Override
    public void invite(SurveyInvitation invitation) {
        em.persist(invitation);
        em.flush();
    }

    @Override
    public Map<Long, Set<String>> invited(List<SurveyId> surveys) {
        Map<Long, Set<String>> asked = new HashMap<>();
        if (surveys.isEmpty()) {
            return asked;
        }
        em.createQuery("select i.surveyId, i.person from SurveyInvitation i where i.surveyId in :s", Object[].class)
                .setParameter("s", surveys.stream().map(SurveyId::value).toList()).getResultList()
                .forEach(row -> asked.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((String) row[1]));
        return asked;
    }

    @Override
    public void respond(SurveyResponse response) {
        em.persist(response);
    }

    @Override
    public List<SurveyResponse> responses(SurveyId survey) {
        return em.createQuery("select r from SurveyResponse r where r.surveyId = :s", SurveyResponse.class)
                .setParameter("s", survey.value()).getResultList();
    }

    @Override
    public Map<Long, Reach> reach(List<SurveyId> surveys) {
        Map<Long, Reach> reach = new HashMap<>();
        if (surveys.isEmpty()) {
            return reach;
        }
        em.createQuery("select i.surveyId, count(i), sum(case when i.answered = true then 1 else 0 end) from SurveyInvitation i"
                        + " where i.surveyId in :s group by i.surveyId", Object[].class)
                .setParameter("s", surveys.stream().map(SurveyId::value).toList()).getResultList()
                .forEach(row -> reach.put((Long) row[0], new Reach(((Number) row[1]).longValue(),
                        row[2] == null ? 0 : ((Number) row[2]).longValue())));
        return reach;
    }
}
