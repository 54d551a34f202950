package org.practica.assessments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.kernel.Actor;
import org.practica.kernel.PersonalData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The surveys a person was asked and whether they answered, and their answers to confidential
 * ones. Their anonymous answers are not theirs to export: nothing links them to anyone, which is
 * the promise the survey made.
 */
@ApplicationScoped
public class SurveysPersonalData implements PersonalData {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public String part() {
        return "surveys";
    }

    @Override
    public Records of(Actor person) {
        List<Map<String, Object>> asked = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT s.title, s.kind, s.anonymity, i.invited_on, i.answered FROM survey_invitation i"
                + " JOIN survey s ON s.id = i.survey_id WHERE i.person = ? ORDER BY i.invited_on").setParameter(1, person.username()).getResultList()) {
            Object[] row = (Object[]) r;
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("survey", row[0]);
            one.put("kind", row[1]);
            one.put("anonymity", row[2]);
            one.put("askedOn", String.valueOf(row[3]));
            one.put("answered", row[4] instanceof Boolean b ? b : ((Number) row[4]).intValue() != 0);
            asked.add(one);
        }
        List<Map<String, Object>> answered = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT s.title, r.answered_in, r.answers FROM survey_response r JOIN survey s ON s.id = r.survey_id"
                + " WHERE r.respondent = ? ORDER BY r.answered_in").setParameter(1, person.username()).getResultList()) {
            Object[] row = (Object[]) r;
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("survey", row[0]);
            one.put("month", row[1]);
            one.put("answers", row[2]);
            answered.add(one);
        }
        return new Records(Map.of("asked", asked, "confidentialAnswers", answered),
                Map.of("asked", asked.size(), "confidentialAnswers", answered.size()), Map.of());
    }
}
