package org.practica.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the rules of several fields of one form and keeps every refusal, so the person learns all
 * that is wrong from one submit instead of one problem per try. A refusal about one field does not
 * stop the checks of the others; {@link #throwIfAny} then refuses with all of them.
 */
public final class Refusals {

    private final List<InvalidInput> found = new ArrayList<>();

    /** The rule's result, or null when it refused (the refusal is kept). */
    public <T> T check(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInput refused) {
            found.addAll(refused.all());
            return null;
        }
    }

    public void check(Runnable rule) {
        check(() -> {
            rule.run();
            return null;
        });
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
