package org.practica.identity.domain;

import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;

/**
 * How long an organisation keeps what it need not keep for ever: mentoring texts (reflections,
 * notes, amendment reasons) so many years after a relationship ends, and accounts unused for so
 * many years, which are then flagged inactive for an administrator to decide on. Null keeps for
 * ever. Sign-in history is kept twelve months everywhere.
 */
public record RetentionRules(Integer mentoringTextYears, Integer inactiveAccountYears) {

    public static final int YEARS_MAX = 50;
    /** Sign-in history, the same for every organisation. */
    public static final int SIGN_IN_MONTHS = 12;
    public static final RetentionRules KEEP = new RetentionRules(null, null);

    public RetentionRules {
        Refusals refusals = new Refusals();
        refusals.check(() -> years("mentoringTextYears", mentoringTextYears));
        refusals.check(() -> years("inactiveAccountYears", inactiveAccountYears));
        refusals.throwIfAny();
    }

    private static void years(String field, Integer years) {
        if (years != null && (years < 1 || years > YEARS_MAX)) {
            throw new InvalidInput(field, "validation.range", 1, YEARS_MAX);
        }
    }
}
