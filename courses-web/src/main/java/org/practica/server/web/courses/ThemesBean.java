package org.practica.server.web.courses;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.ThemeView;
import org.practica.courses.application.Themes;
import org.practica.identity.application.Caller;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.RowNames;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An administrator names the themes courses are found under, in every language (page admin/themes.xhtml). */
@Named("themes")
@ViewScoped
public class ThemesBean implements Serializable, ReloadedAfterRefusal {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Themes themes;

    @Inject
    transient Caller caller;

    private String code;
    private final HashMap<String, String> names = new HashMap<>();
    private final FieldRefusal refusal = new FieldRefusal();
    private transient List<ThemeView> all;

    @Override
    public void load() {
        all = themes.all();
    }

    public List<ThemeView> getAll() {
        if (all == null) {
            load();
        }
        return all;
    }

    public String add() {
        ThemeView added = themes.add(caller.get(), code, names);
        FacesFeedback.infoAfterRedirect("themes.added", added.code());
        return "/admin/themes.xhtml?faces-redirect=true";
    }

    /** Names again the theme whose row was sent; its inputs are named {@code name-<language>-<code>}. */
    public String rename() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String row = form.getOrDefault("theme", "");
        Map<String, String> typed = RowNames.posted(row);
        refusal.run(row, null, () -> {
            ThemeView renamed = themes.rename(caller.get(), row, typed);
            FacesFeedback.info("themes.saved", renamed.name(caller.locale().getLanguage()));
        });
        load();
        return null;
    }

    /** Why a row's names were refused, beside that row. */
    public String rowError(String row) {
        return refusal.at(row);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Map<String, String> getNames() { return names; }
}
