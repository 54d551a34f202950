package org.practica.identity.domain;

import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;

import java.util.regex.Pattern;

/** The descriptive part of an account: who the person is, where they work, which language they read. */
public record Profile(String displayName, String email, Organisation organisation, Language language) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Profile {
        // every problem of the description at once, not one per try
        Refusals refusals = new Refusals();
        String givenName = displayName;
        String givenEmail = email;
        String name = refusals.check(() -> displayNameOf(givenName));
        String mail = refusals.check(() -> emailOf(givenEmail));
        refusals.refuseIf(organisation == null, "organisation", "validation.required");
        refusals.throwIfAny();
        displayName = name;
        email = mail;
        if (language == null) {
            language = Language.EN;
        }
    }

    /** The name a person is shown by, stripped; required and bounded. */
    public static String displayNameOf(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput("displayName", "validation.required");
        }
        String name = typed.strip();
        if (name.length() > UserAccount.DISPLAY_NAME_MAX) {
            throw new InvalidInput("displayName", "validation.tooLong", UserAccount.DISPLAY_NAME_MAX);
        }
        return name;
    }

    /** An e-mail address, or null when none is given; it must look like one. */
    public static String emailOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String mail = typed.strip();
        if (mail.length() > UserAccount.EMAIL_MAX) {
            throw new InvalidInput("email", "validation.tooLong", UserAccount.EMAIL_MAX);
        }
        if (!EMAIL.matcher(mail).matches()) {
            throw new InvalidInput("email", "validation.email");
        }
        return mail;
    }
}
