package org.practica.mentoring.application;

import org.practica.kernel.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who the people of a mentoring relationship are; the server's accounts answer. */
public interface People {

    Optional<Person> find(String username);

    /** Usernames of the people of an organisation. */
    List<String> ofOrganisation(long organisationId);

    /** Everyone who may be asked to supervise, by username. */
    List<Person> supervisors();

    record Person(String username, String displayName, long organisationId, Set<Role> roles) {

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }
}
