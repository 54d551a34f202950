package org.practica.assessments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.assessments.application.AttemptView;
import org.practica.assessments.application.Attempts;
import org.practica.kernel.Actor;
import org.practica.kernel.PersonalData;

import java.util.List;
import java.util.Map;

/** A person's quiz attempts, each with the questions as they were asked and the answers given. */
@ApplicationScoped
public class AttemptsPersonalData implements PersonalData {

    @Inject
    Attempts attempts;

    @Override
    public String part() {
        return "attempts";
    }

    @Override
    public Records of(Actor person) {
        List<AttemptView> all = attempts.all(person);
        int answers = all.stream().mapToInt(a -> a.responses().size()).sum();
        return new Records(Map.of("attempts", all), Map.of("attempts", all.size(), "answers", answers), Map.of());
    }
}
