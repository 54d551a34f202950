package org.practica.server.web.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.certificates.application.CheckView;
import org.practica.certificates.application.RequirementView;
import org.practica.server.web.support.Dates;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.Numbers;

/**
 * A programme's requirements and a person's evidence in words, for the holder's page and for the
 * registrar deciding a request: the same sentence on both sides of the decision.
 */
@Named("requirements")
@RequestScoped
public class RequirementWords {

    @Inject
    Dates dates;

    @Inject
    Numbers numbers;

    /** What a requirement asks, in words: the course or quiz by name, hours and months in the reader's language. */
    public String describe(RequirementView r) {
        return switch (r.kind()) {
            case "COURSE" -> FacesFeedback.text("requirement.describe.COURSE", r.label());
            case "QUIZ" -> r.minPercent() == null ? FacesFeedback.text("requirement.describe.QUIZ", r.label())
                    : FacesFeedback.text("requirement.describe.QUIZ_MIN", r.label(), r.minPercent());
            case "SUPERVISED_HOURS" -> FacesFeedback.text(r.competency() == null ? "requirement.describe.SUPERVISED_TOTAL"
                    : "requirement.describe.SUPERVISED_COMPETENCY", r.hours(), r.label()) + within(r.withinMonths());
            default -> FacesFeedback.text("requirement.describe.CPD_HOURS", r.hours()) + within(r.withinMonths());
        };
    }

    /** The evidence: when it was done, or what there is against what is needed. */
    public String evidence(CheckView c) {
        if (c.at() != null) {
            return FacesFeedback.text("requirement.evidence.on", dates.day(c.at()))
                    + (c.have() != null ? " · " + numbers.percent(c.have()) : "");
        }
        if (c.have() != null && c.need() != null) {
            return FacesFeedback.text("requirement.evidence.of", c.have(), c.need());
        }
        return c.met() ? "" : FacesFeedback.text("requirement.evidence.none");
    }

    private static String within(Integer months) {
        return months == null ? "" : " " + FacesFeedback.text("requirement.describe.within", months);
    }
}
