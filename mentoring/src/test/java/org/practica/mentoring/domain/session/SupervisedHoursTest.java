package org.practica.mentoring.domain.session;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practica.kernel.AesGcmSealer;
import org.practica.kernel.Sealer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupervisedHoursTest {

    private static final Pairing PAIR = new Pairing(1, "supervisor", "mentee");
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @BeforeAll
    static void sealer() {
        Sealer.install(new org.practica.kernel.PersonKeySealer(AesGcmSealer.parse(AesGcmSealer.newKey("test")), new org.practica.kernel.MemoryDataKeys()));
    }

    private static SupervisionSession session(List<SupervisionSession> all, String start, int minutes, boolean signed, String... competencies) {
        SupervisionSession s = SupervisionSession.log(PAIR, "mentee", new SessionDetails(Instant.parse(start), new SessionLength(minutes),
                Modality.GROUP_IN_PERSON, Set.of(competencies), List.of()), all, NOW);
        if (signed) {
            s.signOff("supervisor", NOW);
        }
        all.add(s);
        return s;
    }

    @Test
    void onlySignedOffSessionsCountAndEachCountsForEveryCompetencyItAddressed() {
        List<SupervisionSession> all = new ArrayList<>();
        session(all, "2026-09-10T09:00:00Z", 90, true, "TRAUMA", "RISK");
        session(all, "2026-10-01T09:00:00Z", 60, true, "TRAUMA");
        session(all, "2026-10-31T23:30:00Z", 30, true, "RISK");
        session(all, "2026-11-02T09:00:00Z", 45, false, "TRAUMA");

        SupervisedHours h = SupervisedHours.of(all);
        assertEquals(180, h.signedOffMinutes());
        assertEquals(45, h.pendingMinutes());
        assertEquals(150, h.signedOffByCompetency().get("TRAUMA"));
        assertEquals(120, h.signedOffByCompetency().get("RISK"));
        assertEquals(90, h.signedOffByMonth().get(YearMonth.of(2026, 9)));
        assertEquals(90, h.signedOffByMonth().get(YearMonth.of(2026, 10)), "the last half hour of October is October's");
        assertEquals(new BigDecimal("2.5"), SupervisedHours.hours(150));
        assertEquals("10", SupervisedHours.hours(600).toString(), "whole hours read as such, not in scientific notation");
        assertEquals("0", SupervisedHours.hours(0).toString());
        assertEquals(50, h.percentOf("TRAUMA", BigDecimal.valueOf(5)));
        assertEquals(100, h.percentOf("RISK", BigDecimal.ONE), "more than required is still 100 %");
        assertEquals(0, h.percentOf("ETHICS", BigDecimal.TEN));

        SupervisedHours october = SupervisedHours.between(all, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));
        assertEquals(90, october.signedOffMinutes());
        assertEquals(0, october.pendingMinutes());
    }
}
