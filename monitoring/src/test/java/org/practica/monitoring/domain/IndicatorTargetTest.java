package org.practica.monitoring.domain;

import org.junit.jupiter.api.Test;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IndicatorTargetTest {

    private static final LocalDate JAN = LocalDate.of(2027, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2027, 12, 31);

    @Test
    void aTargetIsAPositiveNumberOverAPeriodAndARateAtMostAHundred() {
        IndicatorTarget t = new IndicatorTarget(Indicator.PEOPLE_TRAINED, 4L, JAN, DEC, new BigDecimal("400"), "manager", Instant.EPOCH);
        assertEquals(new BigDecimal("400"), t.target());
        assertEquals("monitoring.target.range", assertThrows(InvalidInput.class, () -> new IndicatorTarget(Indicator.COMPLETION_RATE,
                null, JAN, DEC, new BigDecimal("101"), "manager", Instant.EPOCH)).messageKey());
        assertEquals("monitoring.target.range", assertThrows(InvalidInput.class, () -> new IndicatorTarget(Indicator.SUPERVISED_HOURS,
                null, JAN, DEC, new BigDecimal("1.255"), "manager", Instant.EPOCH)).messageKey());
    }

    @Test
    void everyProblemIsSaidAtOnceAtItsField() {
        InvalidInput all = assertThrows(InvalidInput.class, () -> new IndicatorTarget(null, null, DEC, JAN, BigDecimal.ZERO, "manager",
                Instant.EPOCH));
        assertEquals(List.of("indicator", "to", "target"), all.all().stream().map(InvalidInput::field).toList());
    }
}
