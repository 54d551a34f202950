package org.practica.server.web.mentoring;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.practica.identity.application.Caller;
import org.practica.mentoring.application.CompetencyFrameworks;
import org.practica.mentoring.application.CompetencyView;
import org.practica.mentoring.application.Mentorships;
import org.practica.mentoring.application.PracticeRecord;
import org.practica.mentoring.application.SupervisionSessions;
import org.practica.mentoring.domain.session.Modality;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.Dates;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the relationship page and the session page share: the discipline's competencies by name,
 * times in the reader's zone, and the session form with its case reference generator.
 */
public abstract class SupervisionPage implements Serializable, ReloadedAfterRefusal {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Mentorships mentorships;

    @Inject
    transient SupervisionSessions supervision;

    @Inject
    transient PracticeRecord practice;

    @Inject
    transient CompetencyFrameworks frameworks;

    @Inject
    transient Caller caller;

    @Inject
    transient Dates dates;

    private final SessionFields fields = new SessionFields();
    private transient List<CompetencyView> framework;

    /** The form a session is logged, corrected or amended with. */
    public SessionFields getFields() { return fields; }

    abstract String formId();

    public abstract void load();

    void useFramework(String discipline) {
        framework = frameworks.of(discipline);
    }

    /** Puts a newly generated case reference in the field, keeping what was typed. */
    public String newCaseReference() {
        fields.add(supervision.newCaseReference(caller.get()));
        load();
        return null;
    }

    public String competencyName(String code) {
        return framework == null ? code : CompetencyView.nameIn(framework, code, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** A competency's names by language, for a page to show the reader's and mark another; the code where the framework lacks it. */
    public Map<String, String> namesOf(String code) {
        return (framework == null ? Optional.<CompetencyView>empty() : framework.stream().filter(c -> c.code().equals(code)).findFirst())
                .map(CompetencyView::names).orElse(Map.of(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage(), code));
    }

    public String competencyNames(Collection<String> codes) {
        return codes.stream().sorted().map(this::competencyName).collect(Collectors.joining(", "));
    }

    public String codes(List<String> references) {
        return String.join(" ", references);
    }

    public String when(Instant at) {
        return dates.dateTime(at);
    }

    /** The discipline's competencies still offered, for the session form. */
    public List<CompetencyView> getOffered() { return offeredKeeping(List.of()); }

    /** The competencies offered, and those retired since that {@code named} already names. */
    protected List<CompetencyView> offeredKeeping(Collection<String> named) {
        return framework == null ? List.of() : framework.stream().filter(c -> !c.retired() || named.contains(c.code())).toList();
    }

    public List<String> getModalities() { return Arrays.stream(Modality.values()).map(Modality::name).toList(); }

    /** The latest start a session form accepts: now, since only sessions that took place are logged. */
    public String getLatestStart() { return dates.field(Instant.now()); }
}
