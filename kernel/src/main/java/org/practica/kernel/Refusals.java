package org.practica.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the rules of several fields of one form and keeps every refusal, so the person learns all
 * that is wrong from one submit instead of one problem per try. A refusal about one field does not
 * stop the checks of the others; {@link #throwIfAny} then refuses with all of them.
 *
 * <p>A later rule that refuses a field an earlier rule already refused adds nothing: a refused
 * requirement row should not also be reported as "no requirements". Fields count as one by their
 * first name, so after {@code answers[2].fraction} a later {@code answers} adds nothing. One rule's
 * several refusals of the same field (one per row) are all kept.
 */
public final class Refusals {

    private final List<InvalidInput> found = new ArrayList<>();

    /** The rule's result, or null when it refused (the refusal is kept). */
    public <T> T check(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInput refused) {
            keep(refused.all(), fieldsRefused());
            return null;
        }
    }

    /** A refusal already decided (a name found taken): kept as a rule's refusal would be. */
    public void refuse(InvalidInput refusal) {
        keep(refusal.all(), fieldsRefused());
    }

    /** A rule that is one condition: when {@code broken} holds, the field is refused with the message. */
    public void refuseIf(boolean broken, String field, String messageKey, Object... arguments) {
        if (broken) {
            refuse(new InvalidInput(field, messageKey, arguments));
        }
    }

    /**
     * The rule applied to each item (the rows of a table), keeping the refusals of every item
     * that fails; the results of those that pass, in order.
     */
    public <T, R> List<R> checkEach(Collection<T> items, Function<T, R> rule) {
        Set<String> earlier = fieldsRefused();
        List<R> passed = new ArrayList<>();
        for (T item : items) {
            try {
                passed.add(rule.apply(item));
            } catch (InvalidInput refused) {
                keep(refused.all(), earlier);
            }
        }
        return passed;
    }

    private Set<String> fieldsRefused() {
        Set<String> fields = new HashSet<>();
        found.forEach(f -> fields.add(root(f.field())));
        return fields;
    }

    private void keep(List<InvalidInput> refused, Set<String> earlier) {
        refused.stream().filter(r -> !earlier.contains(root(r.field()))).forEach(found::add);
    }

    /** {@code answers} for {@code answers[2].fraction}, {@code names} for {@code names.ru}. */
    private static String root(String field) {
        if (field == null) {
            return "";
        }
        int end = field.length();
        for (char c : new char[]{'[', '.'}) {
            int at = field.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return field.substring(0, end);
    }

    public void check(Runnable rule) {
        check(() -> {
            rule.run();
            return null;
        });
    }

    /** Whether some rule has refused so far. */
    public boolean any() {
        return !found.isEmpty();
    }

    public void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);   // as it was thrown: a lone conflict stays a conflict
        }
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
