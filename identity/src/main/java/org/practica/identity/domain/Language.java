package org.practica.identity.domain;

import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Languages the user interface is translated into, each complete in every bundle (a build test
 * refuses a missing key). Course content has its own, longer list; an interface language's name
 * and direction are its content language's, so the two lists never disagree.
 */
public enum Language {
    EN(ContentLanguage.EN), RU(ContentLanguage.RU), KK(ContentLanguage.KK), UZ(ContentLanguage.UZ),
    KY(ContentLanguage.KY), TG(ContentLanguage.TG), SQ(ContentLanguage.SQ), AR(ContentLanguage.AR);

    private final ContentLanguage content;

    Language(ContentLanguage content) {
        this.content = content;
    }

    public String code() {
        return content.code();
    }

    public Locale locale() {
        return content.locale();
    }

    /** The language's name in itself, as a switcher lists it. */
    public String nativeName() {
        return content.nativeName();
    }

    /** The HTML {@code dir} of a page in this language. */
    public String direction() {
        return content.direction();
    }

    public boolean rightToLeft() {
        return content.rightToLeft();
    }

    /** The interface language of a locale, English where the interface does not speak it (an e-mail's, a page's). */
    public static Language orEnglish(Locale locale) {
        return locale != null && supported(locale.getLanguage()) ? of(locale.getLanguage()) : EN;
    }

    public static boolean supported(String code) {
        return code != null && Arrays.stream(values()).anyMatch(l -> l.code().equalsIgnoreCase(code.strip()));
    }

    public static Language of(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("language", "validation.required");
        }
        return Arrays.stream(values())
                .filter(l -> l.code().equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("language", "validation.language.unsupported"));
    }

    /**
     * The first language of an {@code Accept-Language} header that the interface speaks, by RFC 4647
     * lookup ({@code uz-Latn-UZ} finds Uzbek, {@code kk-KZ} Kazakh); none for a header that names
     * none of them or cannot be read.
     */
    public static Optional<Language> preferredIn(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String tag = Locale.lookupTag(ranges, Arrays.stream(values()).map(Language::code).toList());
            return tag == null ? Optional.empty() : Optional.of(of(tag));
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }
}
