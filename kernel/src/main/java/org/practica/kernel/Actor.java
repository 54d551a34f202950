package org.practica.kernel;

import java.util.Set;

/**
 * Who is asking: the signed-in person as the domain modules see them. Aggregates decide with it
 * whether a request is theirs to grant (a trainer edits only their organisation's courses).
 */
public record Actor(String username, long organisationId, Set<Role> roles) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor has a username");
        }
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(long organisation) {
        return organisationId == organisation;
    }
}
