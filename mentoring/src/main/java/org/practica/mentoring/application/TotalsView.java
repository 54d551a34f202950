package org.practica.mentoring.application;

import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.session.SupervisedHours;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/** A relationship's supervised hours: signed off, pending, per competency against what is required, per month. */
public record TotalsView(long relationshipId, BigDecimal signedOffHours, BigDecimal pendingHours,
                         List<CompetencyProgress> competencies, List<MonthHours> months) {

    public record CompetencyProgress(String competency, BigDecimal requiredHours, BigDecimal signedOffHours, int percent) {
    }

    public record MonthHours(String month, BigDecimal hours) {
    }

    static TotalsView of(MentoringRelationship r, SupervisedHours h) {
        TreeSet<String> codes = new TreeSet<>(r.requiredHours().keySet());
        codes.addAll(h.signedOffByCompetency().keySet());
        List<CompetencyProgress> progress = codes.stream().map(c -> {
            BigDecimal required = r.requiredHours().getOrDefault(c, BigDecimal.ZERO);
            return new CompetencyProgress(c, required, SupervisedHours.hours(h.signedOffByCompetency().getOrDefault(c, 0)),
                    h.percentOf(c, required));
        }).toList();
        List<MonthHours> months = h.signedOffByMonth().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new MonthHours(e.getKey().toString(), SupervisedHours.hours(e.getValue()))).toList();
        return new TotalsView(r.id(), SupervisedHours.hours(h.signedOffMinutes()), SupervisedHours.hours(h.pendingMinutes()),
                progress, months);
    }
}
