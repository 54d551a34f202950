package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.theme.Theme;
import org.practica.courses.domain.theme.ThemeRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Conflict;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The themes courses are found under, with their names in every language someone wrote them in.
 * Trainers bring new themes by tagging courses; administrators name them in other languages.
 */
@ApplicationScoped
@Transactional
public class Themes {

    @Inject
    ThemeRepository themes;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThemeView> all() {
        return themes.all().stream().map(ThemeView::of).toList();
    }

    public ThemeView add(Actor admin, String code, Map<String, String> names) {
        requireAdmin(admin);
        Theme theme = new Theme(code, names);
        if (themes.find(theme.code()).isPresent()) {
            throw new Conflict("code", "theme.code.taken");
        }
        themes.add(theme);
        audit.record(admin.username(), "theme.added", "theme:" + theme.code(), theme.names().in("en"));
        return ThemeView.of(theme);
    }

    public ThemeView rename(Actor admin, String code, Map<String, String> names) {
        requireAdmin(admin);
        Theme theme = themes.find(code).orElseThrow(() -> new NotFound("theme.notFound"));
        theme.rename(names);
        audit.record(admin.username(), "theme.renamed", "theme:" + theme.code(), String.join(",", theme.names().versions().keySet()));
        return ThemeView.of(theme);
    }

    /** Tags a course now carries that no theme had yet become themes, named from the tag in the course's language. */
    void adopt(Collection<String> tags, ContentLanguage language) {
        for (String tag : tags) {
            if (themes.find(Theme.codeOf(tag)).isEmpty()) {
                themes.add(Theme.fromTag(tag, language));
            }
        }
    }

    private static void requireAdmin(Actor admin) {
        if (!admin.has(Role.ADMIN)) {
            throw new NotPermitted("theme.adminsOnly");
        }
    }
}
