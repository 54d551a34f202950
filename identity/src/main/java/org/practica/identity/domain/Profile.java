package org.practica.identity.domain;

import org.practica.kernel.InvalidInput;

import java.util.regex.Pattern;

/** The descriptive part of an account: who the person is, where they work, which language they read. */
public record Profile(String displayName, String email, Organisation organisation, Language language) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Profile {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInput("displayName", "validation.required");
        }
        displayName = displayName.strip();
        if (displayName.length() > UserAccount.DISPLAY_NAME_MAX) {
            throw new InvalidInput("displayName", "validation.tooLong", UserAccount.DISPLAY_NAME_MAX);
        }
        if (email != null && email.isBlank()) {
            email = null;
        }
        if (email != null) {
            email = email.strip();
            if (email.length() > UserAccount.EMAIL_MAX) {
                throw new InvalidInput("email", "validation.tooLong", UserAccount.EMAIL_MAX);
            }
            if (!EMAIL.matcher(email).matches()) {
                throw new InvalidInput("email", "validation.email");
            }
        }
        if (organisation == null) {
            throw new InvalidInput("organisation", "validation.required");
        }
        if (language == null) {
            language = Language.EN;
        }
    }
}
