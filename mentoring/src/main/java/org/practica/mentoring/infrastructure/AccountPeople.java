package org.practica.mentoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Role;
import org.practica.mentoring.application.People;

import java.util.List;
import java.util.Optional;

/** Mentoring's view of people, answered from the accounts. */
@ApplicationScoped
public class AccountPeople implements People {

    @Inject
    UserAccountRepository accounts;

    @Override
    public Optional<Person> find(String username) {
        return Username.ifValid(username).flatMap(accounts::find).map(AccountPeople::person);
    }

    @Override
    public List<Person> supervisors() {
        return accounts.enabledWithRole(Role.SUPERVISOR).stream().map(AccountPeople::person).toList();
    }

    private static Person person(org.practica.identity.domain.UserAccount a) {
        return new Person(a.username().value(), a.displayName(), a.organisation().id(), a.roles());
    }

    @Override
    public List<String> ofOrganisation(long organisationId) {
        return accounts.usernamesIn(organisationId);
    }
}
