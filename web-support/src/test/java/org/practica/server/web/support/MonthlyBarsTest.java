package org.practica.server.web.support;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MonthlyBarsTest {

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));

    @Test
    void aTargetAboveEveryBarSetsTheScaleAndIsDrawnAtTheTop() {
        MonthlyBars chart = new MonthlyBars(MONTHS, Map.of(MONTHS.get(0), Map.of("Reached", 40L), MONTHS.get(2), Map.of("Reached", 90L)),
                List.of("Reached"), Locale.ENGLISH, 120L, "Target 120");
        assertEquals(120, chart.getTop());
        // the plot runs from y = 10 (the top) to y = 210 (zero)
        assertEquals(10.0, chart.getLineY(), 1e-9);
        assertEquals(2, chart.getBars().size(), "a month without a figure draws no bar");
        assertEquals(210 - 200.0 * 90 / 120, chart.getBars().get(1).y(), 1e-9);
    }

    @Test
    void aTargetBelowTheBarsIsDrawnAtItsLevel() {
        MonthlyBars chart = new MonthlyBars(MONTHS, Map.of(MONTHS.get(1), Map.of("Reached", 200L)), List.of("Reached"), Locale.ENGLISH, 50L, "Target");
        assertEquals(200, chart.getTop());
        assertEquals(210 - 200.0 * 50 / 200, chart.getLineY(), 1e-9);
        assertNull(new MonthlyBars(MONTHS, Map.of(), List.of("Reached"), Locale.ENGLISH).getLineY());
    }
}
