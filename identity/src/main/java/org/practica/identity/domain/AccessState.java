package org.practica.identity.domain;

import org.practica.kernel.Role;

import java.util.Set;

/**
 * What a token or a session needs to know about its account on every request: whether it may
 * still be used at all (enabled, same access stamp) and with which roles.
 */
public record AccessState(String username, boolean enabled, int stamp, Set<Role> roles) {

    public AccessState {
        roles = Set.copyOf(roles);
    }

    /** True while something issued under {@code issuedStamp} may still act for this account. */
    public boolean honours(int issuedStamp) {
        return enabled && stamp == issuedStamp;
    }
}
