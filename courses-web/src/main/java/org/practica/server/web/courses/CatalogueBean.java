package org.practica.server.web.courses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.AudienceTrackView;
import org.practica.courses.application.AudienceTracks;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CatalogueQuery;
import org.practica.courses.application.CourseSummary;
import org.practica.courses.application.ThemeView;
import org.practica.courses.application.Themes;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.MultilingualText;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The published catalogue with its filters (page courses/index.xhtml); filters are GET parameters, so results can be bookmarked. */
@Named("catalogue")
@RequestScoped
public class CatalogueBean {

    @Inject
    Catalogue catalogue;

    @Inject
    AudienceTracks tracks;

    @Inject
    Themes themes;

    @Inject
    Caller caller;

    private String q;
    private String theme;
    private String audience;
    private String language;
    private List<CourseSummary> all;
    private List<CourseSummary> found;
    private Map<String, Map<String, String>> audienceNames;
    private Map<String, Map<String, String>> themeNames;

    private List<CourseSummary> all() {
        if (all == null) {
            all = catalogue.search(CatalogueQuery.ALL, caller.reader(null));
        }
        return all;
    }

    public List<CourseSummary> getCourses() {
        if (found == null) {
            found = catalogue.search(new CatalogueQuery(theme, audience, language, q), caller.reader(null));
        }
        return found;
    }

    public boolean isFiltered() { return !(blank(q) && blank(theme) && blank(audience) && blank(language)); }

    /** The themes that published courses carry, so every choice finds something. */
    public List<String> getThemes() {
        return all().stream().flatMap(c -> c.themes().stream()).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    public List<AudienceTrackView> getAudiences() { return tracks.all(); }

    /** An audience track's names by language, for the page to show the reader's. */
    public Map<String, String> audienceNames(String code) {
        if (audienceNames == null) {
            audienceNames = tracks.all().stream().collect(Collectors.toMap(AudienceTrackView::code, AudienceTrackView::names));
        }
        return audienceNames.getOrDefault(code, Map.of(caller.locale().getLanguage(), code));
    }

    /** A theme's names by language; a tag no theme names yet is shown as it is written. */
    public Map<String, String> themeNames(String code) {
        if (themeNames == null) {
            themeNames = themes.all().stream().collect(Collectors.toMap(ThemeView::code, ThemeView::names));
        }
        return themeNames.getOrDefault(code, Map.of(caller.locale().getLanguage(), code));
    }

    public String audienceName(String code) {
        return MultilingualText.written(audienceNames(code)).in(caller.locale().getLanguage());
    }

    public String themeName(String code) {
        return MultilingualText.written(themeNames(code)).in(caller.locale().getLanguage());
    }

    public List<String> getLanguages() {
        return Arrays.stream(ContentLanguage.values()).map(ContentLanguage::code)
                .filter(code -> all().stream().anyMatch(c -> c.languages().contains(code))).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
