package org.practica.courses.domain.enrollment;

import org.junit.jupiter.api.Test;
import org.practica.courses.domain.course.LessonWords;
import org.practica.courses.domain.course.Authoring;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.course.Lesson;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practica.courses.domain.course.Authoring.NOW;
import static org.practica.courses.domain.course.Authoring.TRAINER;

class EnrollmentTest {

    private static Enrollment enrol(Course course, Set<CourseId> completed) {
        return Enrollment.admit(course, "learner", "learner", true, null, completed, id -> "Course " + id, NOW);
    }

    @Test
    void aDraftCannotBeEnrolledIn() {
        Course draft = Authoring.readyCourse(1);
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> enrol(draft, Set.of()));
        assertEquals("enrolment.notPublished", refusal.messageKey());
    }

    @Test
    void missingPrerequisitesAreNamed() {
        Course course = Authoring.publishedCourse(2);
        course.requireCompleted(TRAINER, Set.of(new CourseId(1)));
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> enrol(course, Set.of()));
        assertEquals("enrolment.prerequisitesMissing", refusal.messageKey());
        assertEquals("Course 1", refusal.arguments()[0]);
        Enrollment admitted = enrol(course, Set.of(new CourseId(1)));
        assertEquals(EnrollmentStatus.ACTIVE, admitted.status());
    }

    @Test
    void selfEnrolmentOnlyWhereTheCourseAllowsIt() {
        Course course = Authoring.publishedCourse(3);
        course.allowSelfEnrolment(TRAINER, false);
        assertThrows(NotPermitted.class, () -> enrol(course, Set.of()));
        Enrollment byTrainer = Enrollment.admit(course, "learner", "trainer", false, null, Set.of(), id -> "", NOW);
        assertEquals("trainer", byTrainer.enrolledBy());
    }

    @Test
    void viewingEveryLessonCompletesTheCourseOnceWithItsTime() {
        Course course = Authoring.publishedCourse(1);
        CourseVersion version = course.published().orElseThrow();
        Enrollment enrollment = enrol(course, Set.of());
        List<ContentKey> lessons = version.lessons().map(Lesson::key).toList();

        enrollment.markDone(lessons.get(0), version, CompletionRequirements.NONE, NOW.plusSeconds(10));
        assertEquals(50, enrollment.progress(version).percent());
        assertNull(enrollment.completedAt());

        enrollment.markDone(lessons.get(1), version, CompletionRequirements.NONE, NOW.plusSeconds(20));
        assertEquals(EnrollmentStatus.COMPLETED, enrollment.status());
        assertEquals(NOW.plusSeconds(20), enrollment.completedAt());

        enrollment.markDone(lessons.get(1), version, CompletionRequirements.NONE, NOW.plusSeconds(99));
        assertEquals(NOW.plusSeconds(20), enrollment.completedAt(), "completion is recorded once");
        assertEquals(NOW.plusSeconds(20), enrollment.lessonsDone().get(lessons.get(1).value()));
    }

    @Test
    void marksMadeOfflineKeepTheirOwnTimesAndTheEarliestOfTwoDevices() {
        Course course = Authoring.publishedCourse(1);
        CourseVersion version = course.published().orElseThrow();
        Enrollment enrollment = enrol(course, Set.of());
        List<ContentKey> lessons = version.lessons().map(Lesson::key).toList();
        java.time.Instant heard = NOW.plusSeconds(3600);

        enrollment.markDone(lessons.get(1), version, CompletionRequirements.NONE, NOW.plusSeconds(600), heard);
        enrollment.markDone(lessons.get(1), version, CompletionRequirements.NONE, NOW.plusSeconds(300), heard);
        enrollment.markDone(lessons.get(1), version, CompletionRequirements.NONE, NOW.plusSeconds(900), heard);
        assertEquals(NOW.plusSeconds(300), enrollment.lessonsDone().get(lessons.get(1).value()), "the first time any device marked it");

        // sent out of order: the course completes at the time of the last mark, not when it was heard
        enrollment.markDone(lessons.get(0), version, CompletionRequirements.NONE, NOW.plusSeconds(200), heard);
        assertEquals(EnrollmentStatus.COMPLETED, enrollment.status());
        assertEquals(NOW.plusSeconds(300), enrollment.completedAt());
    }

    @Test
    void aRequiredQuizNotYetPassedHoldsCompletionBack() {
        Course course = Authoring.publishedCourse(1);
        CourseVersion version = course.published().orElseThrow();
        Enrollment enrollment = enrol(course, Set.of());
        CompletionRequirements quizPending = (c, v, l) -> List.of("Final quiz");
        version.lessons().forEach(l -> enrollment.markDone(l.key(), version, quizPending, NOW));
        assertEquals(EnrollmentStatus.ACTIVE, enrollment.status());
        assertEquals(100, enrollment.progress(version).percent());
        assertTrue(enrollment.reconsider(version, CompletionRequirements.NONE, NOW.plusSeconds(5)));
        assertEquals(NOW.plusSeconds(5), enrollment.completedAt());
    }

    @Test
    void learnersStayOnTheVersionTheyStartedAndResumeWhereTheyLeft() {
        Course course = Authoring.publishedCourse(1);
        CourseVersion first = course.published().orElseThrow();
        Enrollment enrollment = enrol(course, Set.of());
        ContentKey second = first.lessons().toList().get(1).key();
        enrollment.open(second, first, NOW);

        ContentKey module = first.modules().get(0).key();
        course.addLesson(TRAINER, module, ContentLanguage.EN, new LessonWords("A third lesson", "<p>New</p>", null, null), 5, 2);
        course.publish(TRAINER, NOW.plusSeconds(60));

        assertEquals(1, enrollment.versionNumber());
        assertEquals(2, enrollment.progress(first).lessonsTotal());
        assertEquals(second, enrollment.resumeAt(first));
        Enrollment newcomer = Enrollment.admit(course, "journalist", "journalist", true, null, Set.of(), id -> "", NOW);
        assertEquals(2, newcomer.versionNumber());
    }

    @Test
    void aLessonOfAnotherCourseIsNotFound() {
        Course course = Authoring.publishedCourse(1);
        CourseVersion version = course.published().orElseThrow();
        Enrollment enrollment = enrol(course, Set.of());
        assertThrows(org.practica.kernel.NotFound.class,
                () -> enrollment.markDone(ContentKey.random(), version, CompletionRequirements.NONE, NOW));
    }

    @Test
    void aReloadIsNotANewVisitButAnotherLessonOrALaterReturnIs() {
        Course course = Authoring.publishedCourse(4);
        CourseVersion version = course.published().orElseThrow();
        Enrollment enrollment = enrol(course, Set.of());
        var first = version.lessons().toList().get(0).key();
        assertTrue(enrollment.isNewVisit(first, NOW));
        enrollment.open(first, version, NOW);
        assertEquals(false, enrollment.isNewVisit(first, NOW.plusSeconds(60)));
        assertTrue(enrollment.isNewVisit(first, NOW.plus(Enrollment.VISIT_RESOLUTION).plusSeconds(1)));
        assertEquals(first, enrollment.resumeAt(version));
    }

    @Test
    void resumingGoesToTheNextLessonNotDoneAndToNothingOnceAllAreDone() {
        Course course = Authoring.publishedCourse(5);
        CourseVersion version = course.published().orElseThrow();
        // a required quiz keeps the course open after its last lesson
        CompletionRequirements quizOpen = (c, v, learner) -> List.of("the quiz");
        Enrollment enrollment = enrol(course, Set.of());
        List<String> keys = version.lessons().map(l -> l.key().value()).toList();
        var first = version.lessons().toList().get(0).key();
        enrollment.open(first, version, NOW);
        enrollment.markDone(first, version, quizOpen, NOW);
        assertEquals(keys.get(1), enrollment.nextToRead(keys).orElseThrow().value(), "the lesson after the one just done");
        for (var lesson : version.lessons().toList()) {
            enrollment.markDone(lesson.key(), version, quizOpen, NOW);
        }
        assertTrue(enrollment.nextToRead(keys).isEmpty(), "nothing left to read: the quiz is next");
    }
}
