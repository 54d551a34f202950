package org.practica.server.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.kernel.ErasedPerson;
import org.practica.kernel.PersonalDataErasure;

/**
 * The answers kept to repeat a person's replayable actions ({@link FirstAnswers}) say what they
 * did in the last week; erasing the person removes them outright, as nothing counts on them.
 */
@ApplicationScoped
public class FirstAnswersErasure implements PersonalDataErasure {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public String part() {
        return "replayed requests";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(ErasedPerson person) {
        return em.createNativeQuery("DELETE FROM replayed_request WHERE account = ?1")
                .setParameter(1, person.username()).executeUpdate();
    }
}
