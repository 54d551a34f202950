package org.practica.kernel;

import java.util.List;
import java.util.Objects;

/**
 * A person being erased: the username their records carry now, the pseudonym that replaces it,
 * and every other form of their name (display name, e-mail) that may appear in free text.
 */
public record ErasedPerson(long accountId, String username, String pseudonym, List<String> names) {

    public ErasedPerson {
        Objects.requireNonNull(username);
        Objects.requireNonNull(pseudonym);
        names = names.stream().filter(Objects::nonNull).filter(n -> !n.isBlank()).toList();
    }

    /** The pseudonym of an erased account: nothing of the person, only the account's number. */
    public static String pseudonymOf(long accountId) {
        return "erased-" + accountId;
    }

    /** Every form of the name that free text may hold, longest first so a full name goes before a part of it. */
    public List<String> namesToMask() {
        return java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(username)).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }
}
