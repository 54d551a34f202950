package org.practica.assessments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.kernel.ErasedPerson;
import org.practica.kernel.ErasureStatements;
import org.practica.kernel.PersonalDataErasure;

/**
 * A person's attempts stay with their marks, so results and item statistics keep their counts;
 * what they wrote in their own words (essays, short answers) goes, and graders' comments on their
 * answers lose their name. Banks and quizzes they wrote name the pseudonym as author.
 */
@ApplicationScoped
public class AssessmentsErasure implements PersonalDataErasure {

    private static final String THEIR_ANSWERS = "attempt_id IN (SELECT id FROM quiz_attempt WHERE learner = ?)";

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public String part() {
        return "assessments";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(ErasedPerson person) {
        return new ErasureStatements(em, person)
                // a written answer is stored as {"text":…}; a choice as numbers, which stay for the statistics
                .run("UPDATE attempt_answer SET response = NULL WHERE response LIKE '%\"text\":%' AND " + THEIR_ANSWERS, person.username())
                .mask("attempt_answer", "comment", THEIR_ANSWERS, person.username())
                .rename("quiz_attempt", "learner").rename("attempt_answer", "graded_by")
                .rename("question_bank", "created_by").rename("quiz", "created_by")
                // a confidential response loses its link to them and reads as an anonymous one; that they were asked stays, pseudonymous
                .run("UPDATE survey_response SET respondent = NULL WHERE respondent = ?", person.username())
                .rename("survey_invitation", "person").rename("survey", "created_by")
                .changed();
    }
}
