package org.practica.server.web.mentoring;

import org.practica.mentoring.application.SessionDraft;
import org.practica.mentoring.application.SessionView;
import org.practica.mentoring.domain.session.Modality;
import org.practica.server.web.support.Dates;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** What a session form holds as typed: when, how long, how, which competencies and which case codes. */
public class SessionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String startsAt;
    private Integer minutes = 60;
    private String modality = Modality.INDIVIDUAL_IN_PERSON.name();
    private List<String> competencies = new ArrayList<>();
    private String caseReferences;

    SessionDraft draft(Dates dates) {
        return new SessionDraft(dates.instant("startsAt", startsAt), minutes, modality, new LinkedHashSet<>(competencies),
                codes(caseReferences));
    }

    void fill(SessionView s, Dates dates) {
        startsAt = dates.field(s.startsAt());
        minutes = s.minutes();
        modality = s.modality();
        competencies = new ArrayList<>(s.competencies());
        caseReferences = String.join(" ", s.caseReferences());
    }

    void add(String caseReference) {
        caseReferences = caseReferences == null || caseReferences.isBlank() ? caseReference : caseReferences.strip() + " " + caseReference;
    }

    /** Codes as typed: separated by spaces, commas, semicolons or new lines. */
    static List<String> codes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public String getModality() { return modality; }
    public void setModality(String modality) { this.modality = modality; }
    public List<String> getCompetencies() { return competencies; }

    public void setCompetencies(List<String> competencies) {
        this.competencies = competencies == null ? new ArrayList<>() : new ArrayList<>(competencies);
    }

    public String getCaseReferences() { return caseReferences; }
    public void setCaseReferences(String caseReferences) { this.caseReferences = caseReferences; }
}
