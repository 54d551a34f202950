package org.practica.identity.application;

import org.practica.identity.domain.UserAccount;
import org.practica.kernel.Role;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** What may be shown about an account: never its password hash. */
public record AccountView(String username, String displayName, String email, long organisationId,
                          String organisationName, Set<String> roles, String language, boolean enabled,
                          boolean platformAdministrator, boolean acrossOrganisations, boolean mustChangePassword, boolean secondFactorOn,
                          Instant createdAt, String timeZone, Instant inactiveSince, boolean dataSaver) {

    static AccountView of(UserAccount account, Instant now) {
        return of(account, now, false);
    }

    static AccountView of(UserAccount account, Instant now, boolean secondFactorOn) {
        Set<String> roles = new TreeSet<>();
        for (Role role : account.roles()) {
            roles.add(role.name());
        }
        return new AccountView(account.username().value(), account.displayName(), account.email(),
                account.organisation().id(), account.organisation().name(), roles, account.language().code(),
                account.enabled(), account.isPlatformAdministrator(), account.readsAcrossOrganisations(), account.mustChangePassword(), secondFactorOn, account.createdAt(),
                account.timeZone().map(java.time.ZoneId::getId).orElse(null), account.inactiveSince(), account.dataSaver());
    }
}
