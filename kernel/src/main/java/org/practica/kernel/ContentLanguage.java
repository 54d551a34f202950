package org.practica.kernel;

import java.util.Arrays;
import java.util.Locale;

/**
 * Languages that course and question content can be written in: those of the countries that
 * repatriate returnees, and Arabic for theology material. Wider than the user interface's list.
 */
public enum ContentLanguage {
    EN("en", "English", false),
    RU("ru", "Русский", false),
    KK("kk", "Қазақша", false),
    KY("ky", "Кыргызча", false),
    UZ("uz", "Oʻzbekcha", false),
    TG("tg", "Тоҷикӣ", false),
    SQ("sq", "Shqip", false),
    SR("sr", "Srpski", false),
    DE("de", "Deutsch", false),
    NL("nl", "Nederlands", false),
    AR("ar", "العربية", true);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    ContentLanguage(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    /** The value of an HTML {@code dir} attribute for text in this language. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** Whether text in this language runs right to left: the one place that knows, for pages, e-mails and PDFs alike. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The content language a locale is written in, if it is one of these. */
    public static java.util.Optional<ContentLanguage> of(Locale locale) {
        String wanted = locale == null ? "" : locale.getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static ContentLanguage of(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "validation.contentLanguage.unknown", code.strip()));
    }
}
