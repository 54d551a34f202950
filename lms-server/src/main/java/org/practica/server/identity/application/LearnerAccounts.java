package org.practica.server.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.application.LearnerDirectory;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Role;
import org.practica.server.identity.domain.UserAccount;
import org.practica.server.identity.domain.UserAccountRepository;
import org.practica.server.identity.domain.Username;

import java.util.Optional;

/** Answers the courses module's questions about learners from the accounts kept here. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LearnerAccounts implements LearnerDirectory {

    @Inject
    UserAccountRepository accounts;

    @Override
    public Optional<String> learner(String username) {
        Username name;
        try {
            name = Username.typed(username);
        } catch (InvalidInput e) {
            return Optional.empty();
        }
        return accounts.find(name)
                .filter(UserAccount::enabled)
                .filter(a -> a.hasRole(Role.LEARNER))
                .map(UserAccount::displayName);
    }
}
