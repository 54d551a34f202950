package org.practica.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.courses.domain.enrollment.LearnerDirectory;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Role;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Accounts as courses see them: who can be enrolled, and the names trainers read in reports. */
@ApplicationScoped
public class LearnerAccounts implements LearnerDirectory {

    @Inject
    UserAccountRepository accounts;

    @Override
    public Optional<String> learner(String username) {
        return Username.ifValid(username).flatMap(accounts::find)
                .filter(a -> a.enabled() && a.hasRole(Role.LEARNER))
                .map(UserAccount::displayName);
    }

    @Override
    public Map<String, String> names(Collection<String> usernames) {
        return accounts.named(usernames).stream()
                .collect(Collectors.toMap(a -> a.username().value(), UserAccount::displayName));
    }
}
