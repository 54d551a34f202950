package org.practica.kernel;

/** Checks for the plain-text fields of every module, so that limits read the same everywhere. */
public final class Text {

    private Text() {
    }

    /** The stripped value, or an {@link InvalidInput} naming the field when it is blank or too long. */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        return bounded(field, value, maxLength);
    }

    /** The stripped value, null when blank, or an {@link InvalidInput} when too long. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(field, value, maxLength);
    }

    /**
     * The constant a form or request names, required: blank is refused as required, a name that is
     * none of the constants with {@code unknownKey} and the stripped name as its argument.
     */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String field, String name, String unknownKey) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(field, unknownKey, name.strip());
        }
    }

    /**
     * False for text no person typed: control characters other than tab and line breaks (a NUL
     * ends strings in other programs that read our exports) and halves of a surrogate pair
     * without the other half (not a character at all; MariaDB's utf8mb4 would refuse or mangle it).
     */
    public static boolean readable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String bounded(String field, String value, int maxLength) {
        if (!readable(value)) {
            throw new InvalidInput(field, "validation.unreadable");
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new InvalidInput(field, "validation.tooLong", maxLength);
        }
        return stripped;
    }
}
