package org.practica.certificates.application;

import org.practica.certificates.domain.eligibility.Eligibility;
import org.practica.certificates.domain.eligibility.RequirementCheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One requirement against what a person has done: met or not, the evidence, progress from 0 to 100. */
public record CheckView(RequirementView requirement, boolean met, BigDecimal have, BigDecimal need, Instant at, int percent) {

    /** Each of the programme's requirements beside what the assessment found, in the programme's order. */
    static List<CheckView> of(ProgrammeView programme, Eligibility assessed) {
        List<CheckView> checks = new ArrayList<>();
        for (int i = 0; i < assessed.checks().size(); i++) {
            RequirementCheck c = assessed.checks().get(i);
            checks.add(new CheckView(programme.requirements().get(i), c.met(), c.have(), c.need(), c.at(), c.percent()));
        }
        return checks;
    }

    /** What renewing asks beside what the person has: each check names its own requirement (CPD hours). */
    static List<CheckView> ofRenewal(Eligibility renewal) {
        return renewal.checks().stream()
                .map(c -> new CheckView(RequirementView.of(c.requirement(), null), c.met(), c.have(), c.need(), c.at(), c.percent())).toList();
    }
}
