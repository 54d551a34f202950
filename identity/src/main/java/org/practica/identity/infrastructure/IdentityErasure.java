package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.kernel.ErasedPerson;
import org.practica.kernel.PersonalDataErasure;

/**
 * What identity keeps beside the account itself: sign-ins (with addresses), notices, the second
 * factor, and copies of the person's data. All go; the notices they accepted and their consents stay,
 * holding nothing but the account's number and a version.
 */
@ApplicationScoped
public class IdentityErasure implements PersonalDataErasure {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public String part() {
        return "account";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(ErasedPerson person) {
        int changed = 0;
        for (String sql : new String[] {
            "DELETE FROM sign_in_event WHERE user_id = ?",
            "DELETE FROM outgoing_mail WHERE recipient_id = ?",
            "DELETE FROM notification WHERE recipient_id = ?",
            "DELETE FROM mail_preference WHERE account_id = ?",
            "DELETE FROM second_factor_recovery WHERE user_id = ?",
            "DELETE FROM second_factor WHERE user_id = ?",
            "DELETE FROM data_export_file WHERE export_id IN (SELECT id FROM data_export WHERE user_id = ?)",
            "DELETE FROM data_export WHERE user_id = ?"}) {
            changed += em.createNativeQuery(sql).setParameter(1, person.accountId()).executeUpdate();
        }
        return changed;
    }
}
