package org.practica.server.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.certificates.application.Holders;
import org.practica.kernel.InvalidInput;
import org.practica.server.identity.domain.UserAccountRepository;
import org.practica.server.identity.domain.Username;

import java.util.Optional;

/** Certification's view of people, answered from the accounts. */
@ApplicationScoped
public class AccountHolders implements Holders {

    @Inject
    UserAccountRepository accounts;

    @Override
    public Optional<Holder> find(String username) {
        Username name;
        try {
            name = new Username(username);
        } catch (InvalidInput e) {
            return Optional.empty();
        }
        return accounts.holderFacts(name).map(f -> new Holder(f.username(), f.displayName(), f.roles(), f.country(), f.language()));
    }
}
