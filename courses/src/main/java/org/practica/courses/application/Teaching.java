package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.cohort.Cohort;
import org.practica.courses.domain.cohort.CohortRepository;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.enrollment.EnrollmentRepository;
import org.practica.courses.domain.enrollment.LearnerDirectory;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What a course's trainers do with learners: open cohorts and enrol people, one by one or as a group. */
@ApplicationScoped
@Transactional
public class Teaching {

    /** One request enrols at most this many, so a mistaken paste cannot lock the table for long. */
    public static final int MAX_PER_REQUEST = 500;

    @Inject
    Clock clock;

    @Inject
    CourseRepository courses;

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    LearnerDirectory directory;

    @Inject
    Learning learning;

    @Inject
    AuditLog audit;

    public CohortView open(Actor trainer, CourseId id, CohortDraft draft) {
        Course course = CourseAuthoring.authored(courses, trainer, id);
        String name = draft.name() == null ? null : draft.name().strip();
        if (name != null && cohorts.of(id).stream().anyMatch(c -> c.name().equalsIgnoreCase(name))) {
            throw new Conflict("name", "cohort.nameTaken");
        }
        Cohort cohort = new Cohort(course.id(), name, draft.startsOn(), draft.endsOn(), trainer.username(),
                clock.instant());
        cohorts.add(cohort);
        learning.cohortOpened(cohort.id(), course.id().value(), cohort.name());
        audit.record(trainer.username(), "cohort.opened", CourseAuthoring.subject(id), cohort.name());
        return CohortView.of(cohort, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CohortView> cohorts(Actor trainer, CourseId id) {
        CourseAuthoring.authored(courses, trainer, id);
        return CohortView.of(cohorts.of(id), enrollments.in(id));
    }

    /**
     * Enrols the named learners, into a cohort if one is given. All or nothing: one unknown name
     * or one learner missing a prerequisite refuses the whole list, naming who.
     */
    public int enrol(Actor trainer, CourseId id, List<String> usernames, Long cohortId) {
        Course course = CourseAuthoring.authored(courses, trainer, id);
        Set<String> wanted = usernames == null ? Set.of() : usernames.stream().filter(Objects::nonNull)
                .map(u -> u.strip().toLowerCase(Locale.ROOT)).filter(u -> !u.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (wanted.isEmpty()) {
            throw new InvalidInput("learners", "validation.required");
        }
        if (wanted.size() > MAX_PER_REQUEST) {
            throw new InvalidInput("learners", "enrolment.tooMany", MAX_PER_REQUEST);
        }
        if (cohortId != null && cohorts.find(cohortId).filter(c -> c.courseId().equals(id)).isEmpty()) {
            throw new InvalidInput("cohortId", "cohort.notInCourse");
        }
        List<String> unknown = wanted.stream().filter(u -> directory.learner(u).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("learners", "enrolment.unknownLearners", String.join(", ", unknown));
        }
        for (String learner : wanted) {
            try {
                learning.admit(course, learner, trainer.username(), false, cohortId);
            } catch (InvalidInput e) {
                if (!"enrolment.prerequisitesMissing".equals(e.messageKey())) {
                    throw e;   // about the course, not this learner: say it as it is
                }
                throw new InvalidInput("learners", "enrolment.learnerMissingPrerequisites", learner, e.arguments()[0]);
            }
        }
        audit.record(trainer.username(), "enrolment.byTrainer", CourseAuthoring.subject(id),
                wanted.size() + " learner(s)" + (cohortId == null ? "" : " into cohort " + cohortId));
        return wanted.size();
    }
}
