package org.practica.certificates.application;

import org.practica.kernel.Role;

import java.util.Optional;
import java.util.Set;

/** Who a certificate holder or a registrar is; the server's accounts answer. */
public interface Holders {

    Optional<Holder> find(String username);

    /** The language each of these people reads, by username (a job's many reminders at once). */
    default java.util.Map<String, String> languages(java.util.Collection<String> usernames) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        usernames.forEach(u -> find(u).ifPresent(h -> found.put(u, h.language())));
        return found;
    }

    /** A person as certification sees them: the name printed on certificates, their roles, their organisation's country, the language they read. */
    record Holder(String username, String displayName, Set<Role> roles, String country, String language) {

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }
}
