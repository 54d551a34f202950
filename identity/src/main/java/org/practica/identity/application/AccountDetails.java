package org.practica.identity.application;

import java.util.Set;

/**
 * An administrator's input for creating or editing an account. Raw strings: the domain decides
 * what is valid and names the field at fault. {@code password} is used only on creation.
 */
public record AccountDetails(String username, String displayName, String email, Long organisationId,
                             Set<String> roles, String language, Boolean enabled, String password,
                             Boolean platformAdministrator) {
}
