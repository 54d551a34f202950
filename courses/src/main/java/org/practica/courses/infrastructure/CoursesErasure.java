package org.practica.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.kernel.ErasedPerson;
import org.practica.kernel.ErasureStatements;
import org.practica.kernel.PersonalDataErasure;

/**
 * A person's enrolments and progress stay under their pseudonym, so a course's completions still
 * count; the courses, cohorts and media they made name the pseudonym as author.
 */
@ApplicationScoped
public class CoursesErasure implements PersonalDataErasure {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public String part() {
        return "courses";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(ErasedPerson person) {
        return new ErasureStatements(em, person)
                // enrollment.learner references the account's username and follows its rename (V27)
                .rename("enrollment", "enrolled_by")
                .rename("course", "created_by").rename("course_version", "published_by")
                .rename("cohort", "created_by").rename("media_asset", "created_by")
                .changed();
    }
}
