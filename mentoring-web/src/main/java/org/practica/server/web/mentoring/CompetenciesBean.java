package org.practica.server.web.mentoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.mentoring.application.CompetencyFrameworks;
import org.practica.mentoring.application.CompetencyView;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.RowNames;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An admin keeps the competency framework of each discipline (page admin/competencies.xhtml):
 * names in any content languages, and retiring a competency.
 */
@Named("competencies")
@ViewScoped
public class CompetenciesBean implements Serializable, ReloadedAfterRefusal {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CompetencyFrameworks frameworks;

    @Inject
    transient Caller caller;

    private String discipline = Discipline.PSYCHOLOGY.name();
    private String code;
    private final HashMap<String, String> names = new HashMap<>();
    private final FieldRefusal refusal = new FieldRefusal();
    private transient List<CompetencyView> framework;

    public void load() {
        try {
            framework = frameworks.of(discipline);
        } catch (InvalidInput e) {
            discipline = Discipline.PSYCHOLOGY.name();
            framework = frameworks.of(discipline);
        }
    }

    public String add() {
        CompetencyView added = frameworks.add(caller.get(), new CompetencyView(discipline, code, names, null, null, false));
        FacesFeedback.infoAfterRedirect("competency.added", added.code());
        return "/admin/competencies.xhtml?faces-redirect=true&discipline=" + discipline;
    }

    /** Renames or retires the competency whose row was sent; its inputs are named {@code name-<language>-<code>}. */
    public String change() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String row = form.getOrDefault("competency", "");
        Map<String, String> typed = RowNames.posted(row);
        refusal.run(row, null, () -> {
            CompetencyView changed = frameworks.change(caller.get(), discipline, row,
                    new CompetencyView(discipline, row, typed, null, null, form.containsKey("retired-" + row)));
            FacesFeedback.info(changed.retired() ? "competency.retiredNotice" : "competency.savedNotice", changed.code());
        });
        load();
        return null;
    }

    /** Why a row's change was refused, beside that row. */
    public String rowError(String row) {
        return refusal.at(row);
    }

    public List<CompetencyView> getFramework() { return framework; }
    public List<String> getDisciplines() { return Arrays.stream(Discipline.values()).map(Discipline::name).toList(); }
    public String getDiscipline() { return discipline; }
    public void setDiscipline(String discipline) { this.discipline = discipline; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Map<String, String> getNames() { return names; }
}
