package org.practica.monitoring.application;

import org.practica.monitoring.domain.Cell;
import org.practica.monitoring.domain.Share;
import org.practica.monitoring.domain.survey.CountedSurvey;
import org.practica.monitoring.domain.survey.SurveyFigure;

import java.util.List;

/**
 * One survey on the dashboard, made safe: the people asked in the period and those who answered
 * (each hidden under five), the response rate, and the share saying their practice changed
 * (hidden as any share is, when it would tell of fewer than five people).
 */
public record SurveyRow(CountedSurvey survey, Cell asked, Cell answered, Share responseRate, Share practiceChange) {

    static List<SurveyRow> of(List<SurveyFigure> figures) {
        return figures.stream().map(f -> new SurveyRow(f.survey(), Cell.of(f.asked()), Cell.of(f.answered()),
                new Share(Math.min(f.answered(), f.asked()), f.asked()), new Share(f.practiceChanged(), f.practiceAnswered()))).toList();
    }

    static Share responseRate(List<SurveyRow> rows) {
        return Share.sum(rows.stream().map(SurveyRow::responseRate).toList());
    }

    static Share practiceChangeOf(List<SurveyRow> rows) {
        return Share.sum(rows.stream().filter(r -> r.survey().followUp()).map(SurveyRow::practiceChange).toList());
    }

    static Share practiceChange(List<SurveyFigure> figures) {
        return practiceChangeOf(of(figures));
    }
}
