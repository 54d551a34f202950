package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The names people gave themselves, for showing one person to another: a supervisor reads
 * "Aigerim Nurlanovna", not "a.nurlanovna2". A username with no account keeps itself.
 */
@ApplicationScoped
public class DisplayNames {

    @Inject
    UserAccountRepository accounts;

    public Map<String, String> of(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        for (UserAccount account : accounts.named(usernames)) {
            names.put(account.username().value(), account.displayName());
        }
        for (String username : usernames) {
            names.putIfAbsent(username, username);
        }
        return names;
    }
}
