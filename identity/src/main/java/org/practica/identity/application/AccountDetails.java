package org.practica.identity.application;

import java.util.Set;

/**
 * An administrator's input for creating or editing an account. Raw strings: the domain decides
 * what is valid and names the field at fault. {@code password} is used only on creation;
 * {@code platformAdministrator} and {@code acrossOrganisations} (a programme manager of a national
 * programme) are granted only by a platform administrator, and left as they are when null.
 */
public record AccountDetails(String username, String displayName, String email, Long organisationId,
                             Set<String> roles, String language, Boolean enabled, String password,
                             Boolean platformAdministrator, Boolean acrossOrganisations) {
}
