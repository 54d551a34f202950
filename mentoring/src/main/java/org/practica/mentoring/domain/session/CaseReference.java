package org.practica.mentoring.domain.session;

import org.practica.kernel.InvalidInput;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A pseudonymous reference to a case, such as {@code CASE-7KQM-4TXD}: the only way a mentoring log
 * may point at a returnee. The system generates them; the last character is a check character,
 * so a name, a date of birth or a mistyped code is refused instead of stored.
 *
 * <p>The alphabet leaves out letters and digits that are easily confused (0/O, 1/I/L, U/V).
 */
public record CaseReference(String code) {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final String PREFIX = "CASE-";
    private static final int BODY = 7;
    private static final SecureRandom RANDOM = new SecureRandom();

    public CaseReference {
        code = normalised(code);
    }

    /** A new reference nobody can trace back to a person: random, not derived from anything. */
    public static CaseReference generate() {
        StringBuilder body = new StringBuilder(BODY);
        for (int i = 0; i < BODY; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        body.append(check(body));
        return new CaseReference(PREFIX + body.substring(0, 4) + "-" + body.substring(4));
    }

    private static String normalised(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput("caseReferences", "validation.required");
        }
        String upper = typed.strip().toUpperCase(Locale.ROOT);
        String body = upper.startsWith(PREFIX) ? upper.substring(PREFIX.length()).replace("-", "") : "";
        if (body.length() != BODY + 1 || !body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                || body.charAt(BODY) != check(body.substring(0, BODY))) {
            // never echo the text back: it may be exactly what must not be stored
            throw new InvalidInput("caseReferences", "session.caseReference.invalid");
        }
        return PREFIX + body.substring(0, 4) + "-" + body.substring(4);
    }

    /** A weighted sum modulo the alphabet: catches any single wrong character and most swaps. */
    private static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 2) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }

    @Override
    public String toString() {
        return code;
    }
}
