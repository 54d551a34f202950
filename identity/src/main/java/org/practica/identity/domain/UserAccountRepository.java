package org.practica.identity.domain;

import org.practica.kernel.Role;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> find(Username username);

    Optional<UserAccount> byId(long id);

    /** The password hash, roles and access state in one query, without loading the account. */
    Optional<StoredCredentials> credentials(Username username);

    /** Enabled, access stamp and roles in one query, for the check every request makes. */
    Optional<AccessState> access(Username username);

    /** Organisation and language in one small query, for the per-request actor. */
    Optional<AccountFacts> facts(Username username);

    List<UserAccount> all();

    /** Name, language, roles and the organisation's country, read without loading the account. */
    Optional<HolderFacts> holderFacts(Username username);

    record HolderFacts(String username, String displayName, String language, String country, java.util.Set<Role> roles) {
    }

    List<UserAccount> named(java.util.Collection<String> usernames);

    /** The language each of these people reads, by username; names without an account are left out. */
    java.util.Map<String, String> languagesOf(java.util.Collection<String> usernames);

    void add(UserAccount account);

    long countWithRole(Role role);

    /** Enabled accounts with the role, by username. */
    List<UserAccount> enabledWithRole(Role role);

    long countInOrganisation(Organisation organisation);

    List<String> usernamesIn(long organisationId);
}
