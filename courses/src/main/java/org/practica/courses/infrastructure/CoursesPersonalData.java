package org.practica.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.courses.application.EnrollmentView;
import org.practica.courses.application.Learning;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.PersonalData;

import java.util.List;
import java.util.Map;

/** A person's enrolments and their progress, for their copy of their data. */
@ApplicationScoped
public class CoursesPersonalData implements PersonalData {

    @Inject
    Learning learning;

    @Override
    public String part() {
        return "courses";
    }

    @Override
    public Records of(Actor person) {
        List<EnrollmentView> enrolments = learning.mine(person, ContentLanguage.EN);
        return new Records(Map.of("enrolments", enrolments), Map.of("enrolments", enrolments.size()), Map.of());
    }
}
