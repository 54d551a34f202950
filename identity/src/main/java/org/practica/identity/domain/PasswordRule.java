package org.practica.identity.domain;

import org.practica.kernel.InvalidInput;

/**
 * What a new password must satisfy. Length is what matters most (NIST SP 800-63B); composition
 * rules only push people towards predictable patterns.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;   // OWASP ASVS 4.0 2.1.1
    public static final int MAX_LENGTH = 128;

    private PasswordRule() {
    }

    public static void check(String field, String password, Username owner) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInput(field, "validation.required");
        }
        if (password.length() < MIN_LENGTH) {
            throw new InvalidInput(field, "validation.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "validation.tooLong", MAX_LENGTH);
        }
        if (owner != null && password.toLowerCase().contains(owner.value())) {
            throw new InvalidInput(field, "validation.password.containsUsername");
        }
    }
}
