package org.practica.certificates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.certificates.application.Holders;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;

import java.util.Optional;

/** Certification's view of people, answered from the accounts. */
@ApplicationScoped
public class AccountHolders implements Holders {

    @Inject
    UserAccountRepository accounts;

    @Override
    public Optional<Holder> find(String username) {
        return Username.ifValid(username).flatMap(accounts::holderFacts).map(f -> new Holder(f.username(), f.displayName(), f.roles(), f.country(), f.language()));
    }

    @Override
    public java.util.Map<String, String> languages(java.util.Collection<String> usernames) {
        return accounts.languagesOf(usernames);
    }
}
