package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.enrollment.Enrollment;
import org.practica.courses.domain.enrollment.EnrollmentRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.NotFound;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finding courses: the published catalogue for everyone, and each course's outline. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalogue {

    @Inject
    CourseRepository courses;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    FrozenVersions frozen;

    public List<CourseSummary> search(CatalogueQuery query, ContentLanguage reader) {
        String theme = CatalogueQuery.norm(query.theme());
        String audience = CatalogueQuery.norm(query.audience());
        String language = CatalogueQuery.norm(query.language());
        String text = CatalogueQuery.norm(query.text());
        return courses.published().stream()
                .map(c -> {
                    CourseVersion published = c.published().orElseThrow();
                    return CourseViews.current(frozen.of(c, published, reader).summary(), c, published);
                })
                .filter(s -> theme == null || s.themes().contains(theme))
                .filter(s -> audience == null || s.audiences().contains(audience))
                .filter(s -> language == null || s.languages().contains(language))
                .filter(s -> text == null || matches(s, text))
                .toList();
    }

    /** Courses the actor's organisation authors, drafts included, as their trainers see them. */
    public List<CourseSummary> authoredBy(Actor actor, ContentLanguage reader) {
        return courses.ownedBy(actor.organisationId()).stream()
                .filter(c -> c.isAuthoredBy(actor))
                .map(c -> CourseViews.summary(c, c.latest(), reader))
                .toList();
    }

    /**
     * The outline a person should see: authors see the latest draft; an enrolled learner the
     * version they are on; everyone else the published version. Drafts do not exist for others.
     */
    public CourseOutline outline(Actor actor, CourseId id, ContentLanguage reader) {
        Course course = visible(courses, actor, id);
        Optional<Enrollment> enrollment = enrollments.find(id, actor.username());
        CourseVersion version = course.isAuthoredBy(actor) ? course.latest()
                : enrollment.flatMap(e -> course.version(e.versionNumber())).orElseGet(() -> course.published().orElseThrow());
        Enrollment mine = enrollment.filter(e -> e.versionNumber() == version.number()).orElse(null);
        FrozenVersion view = frozen.of(course, version, reader);
        Set<CourseId> completed = course.prerequisites().isEmpty() ? Set.of() : enrollments.completedBy(actor.username());
        List<CourseOutline.Prerequisite> prerequisites = course.prerequisites().stream()
                .map(p -> courses.find(p).filter(Course::isPublished)
                        .map(c -> new CourseOutline.Prerequisite(p.value(), CourseViews.title(c.published().orElseThrow(), reader),
                                completed.contains(p))))
                .flatMap(Optional::stream)
                .toList();
        return new CourseOutline(CourseViews.current(view.summary(), course, version),
                CourseViews.modules(view, mine), prerequisites,
                mine == null ? null : CourseViews.enrollment(mine, view), course.isAuthoredBy(actor));
    }

    static Course visible(CourseRepository courses, Actor actor, CourseId id) {
        return courses.find(id).filter(c -> c.isVisibleTo(actor))
                .orElseThrow(() -> new NotFound("course.notFound"));
    }

    private static boolean matches(CourseSummary summary, String text) {
        return summary.title().toLowerCase(Locale.ROOT).contains(text)
                || (summary.summary() != null && summary.summary().toLowerCase(Locale.ROOT).contains(text))
                || summary.themes().stream().anyMatch(t -> t.contains(text));
    }
}
