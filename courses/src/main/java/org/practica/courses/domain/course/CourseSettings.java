package org.practica.courses.domain.course;

import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;
import org.practica.kernel.Text;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a course is for and how big it is: the languages it is offered in (the first is the one it
 * is written in), the audience tracks and themes it is found under, its length and CPD hours.
 */
public record CourseSettings(List<ContentLanguage> languages, Set<String> audiences, Set<String> themes,
                             int estimatedMinutes, BigDecimal cpdHours) {

    public static final int THEME_MAX = 60;
    public static final int MAX_THEMES = 12;
    public static final BigDecimal MAX_CPD_HOURS = new BigDecimal("500");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public CourseSettings {
        Refusals refusals = new Refusals();
        List<ContentLanguage> givenLanguages = languages;
        refusals.check(() -> {
            if (givenLanguages == null || givenLanguages.isEmpty()) {
                throw new InvalidInput("languages", "validation.required");
            }
            if (new LinkedHashSet<>(givenLanguages).size() != givenLanguages.size()) {
                throw new InvalidInput("languages", "course.languages.repeated");
            }
        });
        Set<String> givenAudiences = audiences;
        refusals.refuseIf(givenAudiences == null || givenAudiences.isEmpty(), "audiences", "validation.required");
        Set<String> givenThemes = themes;
        Set<String> cleanThemes = refusals.check(() -> normalisedThemes(givenThemes));
        int minutes = estimatedMinutes;
        refusals.refuseIf(minutes < 1 || minutes > 100_000, "estimatedMinutes", "validation.range", 1, 100_000);
        BigDecimal hours = cpdHours;
        refusals.check(() -> {
            if (hours == null) {
                throw new InvalidInput("cpdHours", "validation.required");
            }
            if (hours.signum() < 0 || hours.compareTo(MAX_CPD_HOURS) > 0 || hours.stripTrailingZeros().scale() > 2) {
                throw new InvalidInput("cpdHours", "course.cpdHours.range", MAX_CPD_HOURS);
            }
        });
        refusals.throwIfAny();
        languages = List.copyOf(languages);
        audiences = Set.copyOf(audiences);
        themes = cleanThemes;
    }

    /** These settings with every given value replaced; null keeps the current one. */
    public CourseSettings revisedWith(List<ContentLanguage> languages, Set<String> audiences, Set<String> themes,
                                      Integer estimatedMinutes, BigDecimal cpdHours) {
        return new CourseSettings(languages != null ? languages : this.languages,
                audiences != null ? audiences : this.audiences,
                themes != null ? themes : this.themes,
                estimatedMinutes != null ? estimatedMinutes : this.estimatedMinutes,
                cpdHours != null ? cpdHours : this.cpdHours);
    }

    /** A theme as courses keep it: lower case, words joined by hyphens, so "Child Rights" and "child rights" are one. */
    public static String tag(String typed) {
        return WHITESPACE.matcher(typed.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    private static Set<String> normalisedThemes(Set<String> themes) {
        Set<String> clean = new LinkedHashSet<>();
        if (themes != null) {
            for (String theme : themes) {
                String t = Text.optional("themes", theme, THEME_MAX);
                if (t != null) {
                    clean.add(tag(t));
                }
            }
        }
        if (clean.size() > MAX_THEMES) {
            throw new InvalidInput("themes", "course.themes.tooMany", MAX_THEMES);
        }
        return Set.copyOf(clean);
    }
}
