package org.practica.monitoring.application;

import org.practica.monitoring.domain.Breakdown;
import org.practica.monitoring.domain.Cell;
import org.practica.monitoring.domain.Share;
import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme manager's indicators for a period, every figure already safe to show: people trained
 * (enrolled), who completed, who were certified, who held a valid certificate at the period's end
 * (or today, while it is under way), supervised hours signed off, the completion rate of
 * the period's enrolments, the pass rate (of those with a graded quiz attempt in the period, the share
 * who passed one), each month, and the people trained per organisation. {@code organisations}
 * names the organisations of the breakdown by their number. {@code byProfile} splits the people trained by
 * each fact people gave about themselves, with a row for those who gave none. {@code surveys} has a
 * row per survey with people asked in the period; its totals are the response rate of them all and
 * the practice change said in follow-up surveys.
 */
public record Dashboard(LocalDate from, LocalDate to, List<MonthRow> months, Cell trained, Cell completed, Cell certified, Cell holding,
                        Optional<BigDecimal> hours, Share completion, Share passRate, Breakdown byOrganisation, Map<String, String> organisations,
                        Map<ProfileDimension, Breakdown> byProfile, List<SurveyRow> surveys) {

    /** Of everyone asked a survey in the period, the share who answered. */
    public Share responseRate() {
        return SurveyRow.responseRate(surveys);
    }

    /** Of the follow-up replies that said something of practice, the share saying it changed. */
    public Share practiceChange() {
        return SurveyRow.practiceChangeOf(surveys);
    }
}
