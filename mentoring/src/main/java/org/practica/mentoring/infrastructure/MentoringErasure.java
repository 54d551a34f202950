package org.practica.mentoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.kernel.ErasedPerson;
import org.practica.kernel.ErasureStatements;
import org.practica.kernel.PersonalDataErasure;
import org.practica.mentoring.domain.session.AmendmentsColumn;
import org.practica.mentoring.domain.session.StoredAmendment;

import java.util.List;

/**
 * A person's supervision sessions stay, with their hours and competencies, under their pseudonym;
 * every text sealed for them (their reflections, and the notes and amendment reasons of sessions
 * they took part in) is shredded by deleting their data key, and the ciphertext is removed too.
 * Relationship goals lose their name.
 */
@ApplicationScoped
public class MentoringErasure implements PersonalDataErasure {

    private static final String THEIR_SESSIONS = "(mentee = ? OR supervisor = ?)";

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Inject
    NoteKeys keys;

    @Override
    public String part() {
        return "mentoring";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(ErasedPerson person) {
        String u = person.username();
        int amended = forgetReasons(person);
        int changed = new ErasureStatements(em, person)
                .run("UPDATE supervision_session SET reflection_sealed = NULL, notes_sealed = NULL, version = version + 1 WHERE "
                        + THEIR_SESSIONS + " AND (reflection_sealed IS NOT NULL OR notes_sealed IS NOT NULL)", u, u)
                .mask("mentoring_relationship", "goals", "mentee = ? OR supervisor = ?", u, u)
                .rename("supervision_session", "mentee").rename("supervision_session", "supervisor")
                .rename("supervision_session", "logged_by").rename("supervision_session", "confirmed_by")
                .rename("supervision_session", "signed_off_by")
                .rename("mentoring_relationship", "mentee").rename("mentoring_relationship", "supervisor")
                .rename("mentoring_relationship", "arranged_by")
                .changed();
        return amended + changed + keys.shred(u);
    }

    /** An amendment history keeps what the session said before, but no reason and no username of theirs. */
    private int forgetReasons(ErasedPerson person) {
        AmendmentsColumn column = new AmendmentsColumn();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, amendments FROM supervision_session WHERE " + THEIR_SESSIONS
                + " AND amendments <> '[]'").setParameter(1, person.username()).setParameter(2, person.username()).getResultList();
        for (Object[] row : rows) {
            List<StoredAmendment> kept = column.convertToEntityAttribute((String) row[1]).stream()
                    .map(a -> new StoredAmendment(a.before(), null, null,
                            person.username().equals(a.by()) ? person.pseudonym() : a.by(), a.at()))
                    .toList();
            em.createNativeQuery("UPDATE supervision_session SET amendments = ?, version = version + 1 WHERE id = ?")
                    .setParameter(1, column.convertToDatabaseColumn(kept)).setParameter(2, row[0]).executeUpdate();
        }
        return rows.size();
    }
}
