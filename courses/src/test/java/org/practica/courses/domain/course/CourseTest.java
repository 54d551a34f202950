package org.practica.courses.domain.course;

import org.junit.jupiter.api.Test;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practica.courses.domain.course.Authoring.LEARNER;
import static org.practica.courses.domain.course.Authoring.NOW;
import static org.practica.courses.domain.course.Authoring.OTHER_ORG_TRAINER;
import static org.practica.courses.domain.course.Authoring.TRAINER;

class CourseTest {

    @Test
    void anEmptyCourseCannotBePublishedAndSaysWhy() {
        Course course = Authoring.emptyCourse(1);
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> course.publish(TRAINER, NOW));
        assertEquals("course.publish.noModules", refusal.messageKey());
        assertFalse(course.isPublished());
    }

    @Test
    void aModuleWithoutLessonsStopsPublishing() {
        Course course = Authoring.emptyCourse(1);
        course.addModule(TRAINER, ContentLanguage.EN, "Empty module", 0);
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> course.publish(TRAINER, NOW));
        assertEquals("course.publish.emptyModule", refusal.messageKey());
    }

    @Test
    void everyOfferedLanguageMustBeCompleteBeforePublishing() {
        Course course = Authoring.readyCourse(1);
        course.configure(TRAINER, Authoring.settings(ContentLanguage.EN, ContentLanguage.RU));
        List<InvalidInput> gaps = course.gapsBeforePublishing();
        assertTrue(gaps.stream().anyMatch(g -> g.messageKey().equals("course.publish.noTitle")));
        assertEquals(2, gaps.stream().filter(g -> g.messageKey().equals("course.publish.lessonMissingLanguage")).count());
        assertThrows(InvalidInput.class, () -> course.publish(TRAINER, NOW));
    }

    @Test
    void publishingFreezesVersionOneAndTheNextEditOpensVersionTwo() {
        Course course = Authoring.publishedCourse(1);
        CourseVersion first = course.published().orElseThrow();
        assertEquals(1, first.number());
        assertEquals(VersionStatus.PUBLISHED, first.status());
        assertTrue(course.draft().isEmpty());

        ContentKey lesson = first.lessons().findFirst().orElseThrow().key();
        course.writeLesson(TRAINER, lesson, ContentLanguage.EN, new LessonWords("What trauma is", "<p>Revised</p>", null, null));

        CourseVersion draft = course.draft().orElseThrow();
        assertEquals(2, draft.number());
        assertEquals("<p>Revised</p>", draft.lesson(lesson).orElseThrow().text(ContentLanguage.EN).orElseThrow().body().html());
        assertEquals("<p>Text one</p>", first.lesson(lesson).orElseThrow().text(ContentLanguage.EN).orElseThrow().body().html(),
                "the published version does not change");
        assertEquals(1, course.published().orElseThrow().number());

        course.publish(TRAINER, NOW.plusSeconds(60));
        assertEquals(2, course.published().orElseThrow().number());
        assertEquals(VersionStatus.SUPERSEDED, course.version(1).orElseThrow().status());
    }

    @Test
    void publishingWithoutChangesIsRefused() {
        Course course = Authoring.publishedCourse(1);
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> course.publish(TRAINER, NOW));
        assertEquals("course.publish.nothingNew", refusal.messageKey());
    }

    @Test
    void lessonsKeepTheirKeysAcrossVersionsAndCanBeReordered() {
        Course course = Authoring.publishedCourse(1);
        List<ContentKey> before = course.published().orElseThrow().lessons().map(Lesson::key).toList();
        ContentKey module = course.published().orElseThrow().modules().get(0).key();
        course.moveLesson(TRAINER, before.get(1), module, 0);
        List<ContentKey> after = course.draft().orElseThrow().lessons().map(Lesson::key).toList();
        assertEquals(List.of(before.get(1), before.get(0)), after);
    }

    @Test
    void scriptsAndEventHandlersAreStrippedFromLessonText() {
        Course course = Authoring.readyCourse(1);
        ContentKey module = course.draft().orElseThrow().modules().get(0).key();
        Lesson lesson = course.addLesson(TRAINER, module, ContentLanguage.EN, new LessonWords("Unsafe", "<p onclick=\"steal()\">Hello<script>alert(1)</script> <a href=\"javascript:alert(2)\">x</a>"
                        + " <img src=\"http://tracker.example/p.gif\"><img src=\"/media/4/chart.png\" alt=\"chart\"></p>", null, null), 5, 2);
        String html = lesson.text(ContentLanguage.EN).orElseThrow().body().html();
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("javascript"), html);
        assertFalse(html.contains("tracker.example"), html);
        assertTrue(html.contains("src=\"/media/4/chart.png\""), html);
    }

    @Test
    void aLessonOfOnlyScriptIsRefusedRatherThanStoredEmpty() {
        Course course = Authoring.readyCourse(1);
        ContentKey module = course.draft().orElseThrow().modules().get(0).key();
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> course.addLesson(TRAINER, module,
                ContentLanguage.EN, new LessonWords("Only script", "<script>alert(1)</script>", null, null), 5, 0));
        assertEquals("body", refusal.field());
    }

    @Test
    void videoLinksMustBeHttps() {
        Course course = Authoring.readyCourse(1);
        ContentKey module = course.draft().orElseThrow().modules().get(0).key();
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> course.addLesson(TRAINER, module,
                ContentLanguage.EN, new LessonWords("Video", "<p>Watch</p>", "javascript:alert(1)", null), 5, 0));
        assertEquals("videoUrl", refusal.field());
    }

    @Test
    void aLessonCarriesAContentNotePerLanguageAndEveryProblemIsNamedAtOnce() {
        Course course = Authoring.readyCourse(1);
        ContentKey module = course.draft().orElseThrow().modules().get(0).key();
        Lesson lesson = course.addLesson(TRAINER, module, ContentLanguage.EN,
                new LessonWords("Testimony", "<p>What she said</p>", null, "  Describes violence against children.  "), 5, 0);
        assertEquals("Describes violence against children.", lesson.text(ContentLanguage.EN).orElseThrow().contentNote());
        course.writeLesson(TRAINER, lesson.key(), ContentLanguage.RU, new LessonWords("Свидетельство", "<p>Её слова</p>", null, " "));
        assertNull(lesson.text(ContentLanguage.RU).orElseThrow().contentNote(), "a blank note is no note");

        InvalidInput all = assertThrows(InvalidInput.class, () -> course.addLesson(TRAINER, module, ContentLanguage.EN,
                new LessonWords(" ", "<script>x</script>", "javascript:alert(1)", "x".repeat(LessonText.NOTE_MAX + 1)), 5, 0));
        assertEquals(java.util.List.of("title", "body", "videoUrl", "contentNote"), all.all().stream().map(InvalidInput::field).toList());
    }

    @Test
    void onlyTrainersOfTheOwningOrganisationEdit() {
        Course course = Authoring.readyCourse(1);
        assertThrows(NotPermitted.class, () -> course.describe(OTHER_ORG_TRAINER, ContentLanguage.EN, "Mine now", null));
        assertThrows(NotPermitted.class, () -> course.publish(LEARNER, NOW));
        assertThrows(NotPermitted.class, () -> Course.draft(LEARNER, ContentLanguage.EN, "x", null,
                Authoring.settings(ContentLanguage.EN), NOW));
    }

    @Test
    void draftsAreSeenOnlyByTheirAuthors() {
        Course course = Authoring.readyCourse(1);
        assertFalse(course.isVisibleTo(LEARNER));
        assertFalse(course.isVisibleTo(OTHER_ORG_TRAINER));
        assertTrue(course.isVisibleTo(TRAINER));
        course.publish(TRAINER, NOW);
        assertTrue(course.isVisibleTo(LEARNER));
    }

    @Test
    void aCourseCannotRequireItself() {
        Course course = Authoring.readyCourse(7);
        assertThrows(InvalidInput.class, () -> course.requireCompleted(TRAINER, Set.of(new CourseId(7))));
    }

    @Test
    void settingsAreChecked() {
        assertThrows(InvalidInput.class, () -> new CourseSettings(List.of(), Set.of("teacher"), Set.of(), 10, java.math.BigDecimal.ONE));
        assertThrows(InvalidInput.class, () -> new CourseSettings(List.of(ContentLanguage.EN, ContentLanguage.EN),
                Set.of("teacher"), Set.of(), 10, java.math.BigDecimal.ONE));
        InvalidInput cpd = assertThrows(InvalidInput.class, () -> new CourseSettings(List.of(ContentLanguage.EN),
                Set.of("teacher"), Set.of(), 10, new java.math.BigDecimal("-1")));
        assertEquals("cpdHours", cpd.field());
        assertEquals(Set.of("child-rights"), new CourseSettings(List.of(ContentLanguage.EN), Set.of("teacher"),
                Set.of("  Child Rights "), 10, java.math.BigDecimal.ONE).themes());
    }
}
