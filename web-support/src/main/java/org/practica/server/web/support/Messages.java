package org.practica.server.web.support;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.practica.documents.Wording;
import org.practica.identity.domain.Language;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-visible text in the messages bundles (messages.properties is English). Patterns
 * are ICU message formats: Russian needs the one/few/many plural forms that java.text cannot
 * choose, and numbers come out with the language's decimal separator.
 */
public final class Messages {

    public static final String BUNDLE = "messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : format(pattern, locale, arguments);
    }

    /** A pattern already looked up (a page's h:outputFormat) filled in for the language. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(locale == null ? Locale.ENGLISH : locale));
        try {
            return format.format(arguments);
        } catch (IllegalArgumentException textWhereACountIsExpected) {
            // a plural needs a number; a caller that passed "5" still gets its sentence, not an error page
            Object[] numbers = arguments.clone();
            for (int i = 0; i < numbers.length; i++) {
                if (numbers[i] instanceof String s && s.matches("-?\\d+(\\.\\d+)?")) {
                    numbers[i] = new java.math.BigDecimal(s);
                }
            }
            return format.format(numbers);
        }
    }

    /** The same bundles for a document a module prints with no one reader (times in UTC). */
    public static Wording wording(Locale locale) {
        return wording(locale, ZoneOffset.UTC);
    }

    /** The same bundles for a document printed for one reader, with times in their zone. */
    public static Wording wording(Locale locale, ZoneId zone) {
        Locale in = locale == null ? Locale.ENGLISH : locale;
        return new Wording() {
            @Override
            public Locale locale() {
                return in;
            }

            @Override
            public String of(String key, Object... arguments) {
                return get(in, key, arguments);
            }

            @Override
            public ZoneId zone() {
                return zone;
            }
        };
    }

    /** The first of the caller's preferred languages that the interface is translated into, else English. */
    public static Locale negotiate(String acceptLanguage) {
        return Language.preferredIn(acceptLanguage).map(Language::locale).orElse(Locale.ENGLISH);
    }

    /** The {@code lang} and {@code dir} attributes of a page written by hand in this language. */
    public static String htmlLanguage(Locale locale) {
        Language language = Language.orEnglish(locale);
        return "lang=\"" + language.code() + "\" dir=\"" + language.direction() + "\"";
    }
}
