package org.practica.documents;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

/**
 * The interface's own message bundles (in the war's sources) as a {@link Wording}, so a module's
 * printing test prints exactly the words a reader would get, in any interface language.
 */
public final class InterfaceBundles {

    private static final Path BUNDLES = Path.of("../lms-server/src/main/resources");

    private InterfaceBundles() {
    }

    public static Wording wording(String language, ZoneId zone) {
        Properties bundle = new Properties();
        String file = language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            bundle.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Locale locale = Locale.forLanguageTag(language);
        return new Wording() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String of(String key, Object... arguments) {
                return new MessageFormat(bundle.getProperty(key), ULocale.forLocale(locale)).format(arguments);
            }

            @Override
            public ZoneId zone() {
                return zone;
            }
        };
    }
}
