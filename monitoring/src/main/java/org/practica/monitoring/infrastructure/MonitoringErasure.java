package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.kernel.ErasedPerson;
import org.practica.kernel.PersonalDataErasure;
import org.practica.monitoring.domain.profile.ProfileFactsRepository;

/**
 * An erased person's own facts go; what was counted of them stays as it is, an account number
 * and dates with no name, so the programme's past figures do not change.
 */
@ApplicationScoped
public class MonitoringErasure implements PersonalDataErasure {

    @Inject
    ProfileFactsRepository facts;

    @Override
    public String part() {
        return "monitoring";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(ErasedPerson person) {
        return facts.remove(person.accountId()) ? 1 : 0;
    }
}
