package org.practica.certificates.application;

import java.time.LocalDate;
import java.util.List;

/** Certificates a body issued in a period, per programme, region and month, for monitoring and evaluation. */
public record IssueReport(LocalDate from, LocalDate to, List<Line> lines, long issued, long revoked) {

    public record Line(long programmeId, String programme, String region, String month, long issued, long revoked) {
    }
}
