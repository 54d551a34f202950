package org.practica.certificates.domain.certificate;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How much of the holder's name the public verification shows; the holder chooses. People in this
 * field can be targeted for their work, so the default shows initials only.
 */
public enum NameDisclosure {
    FULL_NAME,
    INITIALS,
    NOT_SHOWN,
    /** The holder was erased at their request: the certificate verifies, naming no one. Never chosen. */
    WITHHELD;

    /** The name as the public may see it, or null when it is not shown. */
    public String shown(String name) {
        return switch (this) {
            case FULL_NAME -> name;
            case INITIALS -> Arrays.stream(name.strip().split("\\s+")).filter(p -> !p.isEmpty())
                    .map(p -> p.substring(0, p.offsetByCodePoints(0, 1)) + ".").collect(Collectors.joining(" "));
            case NOT_SHOWN, WITHHELD -> null;
        };
    }
}
