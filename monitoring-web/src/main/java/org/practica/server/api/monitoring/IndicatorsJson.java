package org.practica.server.api.monitoring;

import org.practica.monitoring.application.Dashboard;
import org.practica.monitoring.application.MonthRow;
import org.practica.monitoring.domain.Cell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dashboard as the API carries it; {@code holding} is the people holding a valid certificate at
 * the period's end (today while it is under way), per month at each month's end. A hidden figure has {@code suppressed: true} and no value at
 * all, so no number of fewer than five people ever travels.
 */
public record IndicatorsJson(LocalDate from, LocalDate to, Figure trained, Figure completed, Figure certified, Figure holding, Amount hours,
                             Amount completionPercent, Amount passPercent, Amount responsePercent, Amount practiceChangePercent,
                             List<Month> months, List<Organisation> byOrganisation, Figure organisationsTotal,
                             Map<String, List<Category>> byProfile, List<Survey> surveys) {

    /** A count of people. */
    public record Figure(Long value, boolean suppressed) {
        static Figure of(Cell cell) {
            return new Figure(cell.getValue(), cell.isSuppressed());
        }
    }

    /** Hours or a percentage. */
    public record Amount(BigDecimal value, boolean suppressed) {
        static Amount of(java.util.Optional<BigDecimal> value) {
            return new Amount(value.orElse(null), value.isEmpty());
        }
    }

    public record Month(String month, Figure trained, Figure completed, Figure certified, Figure holding, Amount hours) {
    }

    public record Organisation(long id, String name, Figure trained) {
    }

    /**
     * One survey: its course, title, kind, anonymity, the people asked in the period and those who
     * answered (hidden under five), the response rate and the practice change (hidden as any share is).
     */
    public record Survey(long id, long courseId, String title, boolean followUp, int weeksAfter, boolean anonymous, Figure asked,
                         Figure answered, Amount responsePercent, Amount practiceChangePercent) {
        static Survey of(org.practica.monitoring.application.SurveyRow r) {
            return new Survey(r.survey().surveyId(), r.survey().courseId(), r.survey().title(), r.survey().followUp(), r.survey().weeksAfter(),
                    r.survey().anonymous(), Figure.of(r.asked()), Figure.of(r.answered()), Amount.of(r.responseRate().percent()),
                    Amount.of(r.practiceChange().percent()));
        }
    }

    /** People trained with one value of a fact (a region's ISO code, FEMALE, NOT_GIVEN...). */
    public record Category(String value, Figure trained) {
    }

    static IndicatorsJson of(Dashboard d) {
        List<Month> months = d.months().stream().map((MonthRow m) -> new Month(m.month().toString(), Figure.of(m.trained()),
                Figure.of(m.completed()), Figure.of(m.certified()), Figure.of(m.holding()), Amount.of(m.hours()))).toList();
        List<Organisation> organisations = d.organisations().entrySet().stream().map(e -> new Organisation(Long.parseLong(e.getKey()),
                e.getValue(), Figure.of(d.byOrganisation().cells().get(e.getKey())))).toList();
        return new IndicatorsJson(d.from(), d.to(), Figure.of(d.trained()), Figure.of(d.completed()), Figure.of(d.certified()), Figure.of(d.holding()),
                Amount.of(d.hours()), Amount.of(d.completion().percent()), Amount.of(d.passRate().percent()),
                Amount.of(d.responseRate().percent()), Amount.of(d.practiceChange().percent()), months, organisations, Figure.of(d.byOrganisation().total()),
                byProfile(d), d.surveys().stream().map(Survey::of).toList());
    }

    /** Each fact by its attribute name (sex, ageBand, region...), its categories in order, then the total under "TOTAL". */
    private static Map<String, List<Category>> byProfile(Dashboard d) {
        Map<String, List<Category>> split = new LinkedHashMap<>();
        d.byProfile().forEach((dimension, breakdown) -> {
            List<Category> rows = new ArrayList<>();
            breakdown.cells().forEach((value, cell) -> rows.add(new Category(value, Figure.of(cell))));
            rows.add(new Category("TOTAL", Figure.of(breakdown.total())));
            split.put(dimension.attribute(), rows);
        });
        return split;
    }
}
