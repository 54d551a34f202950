package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseModule;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.course.Lesson;
import org.practica.courses.domain.media.ResponsiveImages;
import org.practica.courses.domain.course.LessonText;
import org.practica.courses.domain.course.VersionStatus;
import org.practica.courses.domain.media.MediaListing;
import org.practica.courses.domain.media.MediaRepository;
import org.practica.kernel.BoundedCache;
import org.practica.kernel.ContentLanguage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Published versions as readers see them, per language, kept in memory. Safe on every server of
 * a cluster without coordination: the key names an immutable version, so an entry is never stale.
 * Drafts are built fresh each time.
 */
@ApplicationScoped
public class FrozenVersions {

    /** Enough for every version of a large national catalogue in a few languages; beyond it, entries are rebuilt. */
    static final int MAX_ENTRIES = 2000;

    private record Key(long course, int version, String language) {
    }

    private final BoundedCache<Key, FrozenVersion> cache = new BoundedCache<>(MAX_ENTRIES);

    @Inject
    MediaRepository media;

    @Inject
    CourseMedia courseMedia;

    /** The cached view if there is one, so a reader's request can avoid loading the course at all. */
    FrozenVersion cached(long courseId, int version, ContentLanguage reader) {
        return cache.get(new Key(courseId, version, reader.code()));
    }

    FrozenVersion of(Course course, CourseVersion version, ContentLanguage reader) {
        if (version.status() == VersionStatus.DRAFT) {
            return build(course, version, reader);
        }
        return cache.remember(new Key(course.id().value(), version.number(), reader.code()),
                () -> build(course, version, reader));
    }

    private FrozenVersion build(Course course, CourseVersion version, ContentLanguage reader) {
        List<String> keys = version.lessons().map(l -> l.key().value()).toList();
        Map<String, LessonView> lessons = new LinkedHashMap<>();
        List<Lesson> all = version.lessons().toList();
        List<CourseOutline.ModuleOutline> outline = CourseViews.modules(version, reader);
        for (int i = 0; i < all.size(); i++) {
            Lesson lesson = all.get(i);
            CourseModule module = version.moduleOf(lesson.key()).orElseThrow();
            ContentLanguage language = CourseViews.lessonLanguage(lesson, version, reader);
            LessonText text = lesson.text(language).orElseThrow();
            lessons.put(lesson.key().value(), new LessonView(course.id().value(), CourseViews.title(version, language),
                    CourseViews.moduleTitle(module, version, language), lesson.key().value(), language.code(),
                    language.direction(), text.title(), responsive(text.body().html()), text.videoUrl(), text.contentNote(), lesson.estimatedMinutes(),
                    i > 0 ? all.get(i - 1).key().value() : null,
                    i < all.size() - 1 ? all.get(i + 1).key().value() : null,
                    false, 0, null, attachments(lesson), i + 1, all.size(), outline));
        }
        return new FrozenVersion(CourseViews.summary(course, version, reader), outline,
                keys, Map.copyOf(lessons));
    }

    /** The lesson's own images with their sizes and smaller copies ({@link ResponsiveImages}). */
    private String responsive(String html) {
        List<Long> shown = ResponsiveImages.shown(html);
        if (shown.isEmpty()) {
            return html;
        }
        return ResponsiveImages.of(html, courseMedia.sizesOf(shown));
    }

    private List<AttachmentView> attachments(Lesson lesson) {
        if (lesson.attachments().isEmpty()) {
            return List.of();
        }
        List<MediaListing> found = media.listed(lesson.attachments());
        return lesson.attachments().stream()
                .flatMap(id -> found.stream().filter(m -> m.id() == id).findFirst().stream())
                .map(AttachmentView::of)
                .toList();
    }
}
