package org.practica.server.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.practica.identity.domain.Language;
import org.practica.server.web.support.Messages;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every text a page or a rule names exists in every interface language, as a pattern that fills in the same arguments. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
    // message keys in the domain and the server: "area.something" passed to a refusal or a feedback helper
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:InvalidInput|Conflict|NotFound|NotPermitted|error|infoAfterRedirect|info|text|at)\\(\\s*(?:\"[a-zA-Z]+\",\\s*|[^,()\"]+(?:\\(\\))?,\\s*)?\"([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9_.]+)\"");

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> used(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static String fileOf(Language language) {
        return language == Language.EN ? "messages.properties" : "messages_" + language.code() + ".properties";
    }

    static Stream<Language> translations() {
        return Stream.of(Language.values()).filter(l -> l != Language.EN);
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyLanguageHasEveryEnglishKeyAndNoOther(Language language) throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> translated = keys(fileOf(language));
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, "in English, not in " + language);
        assertEquals(Set.of(), extra, "in " + language + " only");
    }

    /** A translation fills in the same arguments as the English text: none lost, none invented. */
    @ParameterizedTest
    @MethodSource("translations")
    void everyTranslationTakesTheEnglishArguments(Language language) throws IOException {
        Properties english = bundle("messages.properties");
        Properties translated = bundle(fileOf(language));
        List<String> differing = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String other = translated.getProperty(key);
            if (other != null && !arguments(english.getProperty(key)).equals(arguments(other))) {
                differing.add(key + " " + arguments(english.getProperty(key)) + " vs " + arguments(other));
            }
        }
        assertEquals(List.of(), differing, language + " fills in other arguments than English");
    }

    private static Set<String> arguments(String pattern) {
        return new TreeSet<>(new com.ibm.icu.text.MessageFormat(pattern).getArgumentNames());
    }

    @Test
    void everyKeyUsedInPagesAndRulesExists() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> used = new TreeSet<>();
        for (Path root : WebModules.pageRoots()) {
            used.addAll(used(root, ".xhtml", PAGE_KEY));
        }
        for (Path root : WebModules.sourceRoots()) {
            used.addAll(used(root, ".java", CODE_KEY));
        }
        for (String module : new String[]{"../courses", "../kernel", "../assessments", "../mentoring", "../certificates"}) {
            used.addAll(used(Path.of(module, "src/main/java"), ".java", CODE_KEY));
        }
        used.removeAll(english);
        assertEquals(Set.of(), used, "used but not in messages.properties");
    }

    @Test
    void everyMessageIsAValidPatternInEveryLanguage() throws IOException {
        for (Language language : Language.values()) {
            String file = fileOf(language);
            Properties p = bundle(file);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                // an apostrophe quotes text in MessageFormat and silently swallows what follows
                assertEquals(-1, pattern.indexOf('\''), file + " " + key + " has an apostrophe; write \u2019 instead");
                new com.ibm.icu.text.MessageFormat(pattern);   // throws on a broken pattern
            }
        }
    }

    @Test
    void countsTakeTheLanguagesPluralFormsAndNumbersItsSeparator() {
        Locale ru = Locale.forLanguageTag("ru");
        assertEquals("1 question", Messages.get(Locale.ENGLISH, "bank.count", 1));
        assertEquals("2 questions", Messages.get(Locale.ENGLISH, "bank.count", 2));
        assertEquals("1 вопрос", Messages.get(ru, "bank.count", 1));
        assertEquals("3 вопроса", Messages.get(ru, "bank.count", 3));
        assertEquals("5 вопросов", Messages.get(ru, "bank.count", 5));
        assertEquals("21 вопрос", Messages.get(ru, "bank.count", 21));
        assertEquals("1,5 из 10 ч", Messages.get(ru, "mentoring.hoursOf", new BigDecimal("1.5"), 10));
        assertEquals("1.5 of 10 h", Messages.get(Locale.ENGLISH, "mentoring.hoursOf", new BigDecimal("1.5"), 10));
        // a count passed as text still finds its plural form instead of failing the page
        assertEquals("5 hours of continuing professional development", Messages.get(Locale.ENGLISH, "requirement.describe.CPD_HOURS", "5"));
    }
}
