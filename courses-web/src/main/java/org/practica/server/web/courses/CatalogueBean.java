package org.practica.server.web.courses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.AudienceTrackView;
import org.practica.courses.application.AudienceTracks;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CatalogueQuery;
import org.practica.courses.application.CourseSummary;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;

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
    Caller caller;

    private String q;
    private String theme;
    private String audience;
    private String language;
    private List<CourseSummary> all;
    private List<CourseSummary> found;
    private Map<String, String> audienceNames;

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

    public String audienceName(String code) {
        if (audienceNames == null) {
            String reader = caller.locale().getLanguage();
            audienceNames = tracks.all().stream().collect(Collectors.toMap(AudienceTrackView::code, t -> t.name(reader)));
        }
        return audienceNames.getOrDefault(code, code);
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
