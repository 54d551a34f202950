package org.practica.courses.domain.course;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One version of a course's content and description. Part of the {@link Course} aggregate and
 * changed only through it: a DRAFT is edited; publishing freezes it for good.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private VersionStatus status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_version_text", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "lang", length = 8)
    private Map<String, CourseText> texts = new HashMap<>();

    /** The languages the course is offered in; the first is the one it was written in. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_version_language", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "lang", length = 8)
    @OrderColumn(name = "position")
    private List<String> languages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_version_audience", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "audience", length = 40)
    private Set<String> audiences = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_version_theme", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "theme", length = CourseSettings.THEME_MAX)
    private Set<String> themes = new LinkedHashSet<>();

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(name = "cpd_hours", nullable = false, precision = 6, scale = 2)
    private BigDecimal cpdHours;

    // lazy: readers of published versions are served from FrozenVersions, so only authors and the
    // first reader of a version need the whole tree
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    @OrderColumn(name = "position")
    private List<CourseModule> modules = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    protected CourseVersion() {
    }

    CourseVersion(Course course, int number, CourseSettings settings) {
        this.course = course;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        apply(settings);
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public Map<String, CourseText> texts() {
        return Collections.unmodifiableMap(texts);
    }

    public List<ContentLanguage> languages() {
        return languages.stream().map(code -> ContentLanguage.of("languages", code)).toList();
    }

    public ContentLanguage primaryLanguage() {
        return languages().get(0);
    }

    /** The language to show a reader who prefers {@code wanted}: it if offered, else the primary one. */
    public ContentLanguage languageFor(ContentLanguage wanted) {
        return wanted != null && languages.contains(wanted.code()) ? wanted : primaryLanguage();
    }

    public CourseText text(ContentLanguage language) {
        CourseText text = texts.get(languageFor(language).code());
        return text != null ? text : texts.get(primaryLanguage().code());
    }

    public Set<String> audiences() {
        return Collections.unmodifiableSet(audiences);
    }

    public Set<String> themes() {
        return Collections.unmodifiableSet(themes);
    }

    public int estimatedMinutes() {
        return estimatedMinutes;
    }

    public BigDecimal cpdHours() {
        return cpdHours;
    }

    public List<CourseModule> modules() {
        return Collections.unmodifiableList(modules);
    }

    public Stream<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }

    public Optional<Lesson> lesson(ContentKey key) {
        return lessons().filter(l -> l.key().equals(key)).findFirst();
    }

    public Optional<CourseModule> moduleOf(ContentKey lessonKey) {
        return modules.stream().filter(m -> m.lesson(lessonKey).isPresent()).findFirst();
    }

    public Optional<CourseModule> module(ContentKey key) {
        return modules.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    void apply(CourseSettings settings) {
        languages.clear();
        settings.languages().forEach(l -> languages.add(l.code()));
        audiences.clear();
        audiences.addAll(settings.audiences());
        themes.clear();
        themes.addAll(settings.themes());
        estimatedMinutes = settings.estimatedMinutes();
        cpdHours = settings.cpdHours();
    }

    public CourseSettings settings() {
        return new CourseSettings(languages(), audiences, themes, estimatedMinutes, cpdHours);
    }

    void describe(ContentLanguage language, CourseText text) {
        texts.put(language.code(), text);
    }

    void add(CourseModule module, int index) {
        modules.add(Math.max(0, Math.min(index, modules.size())), module);
    }

    void remove(CourseModule module) {
        modules.remove(module);
    }

    /** Everything a learner would miss in this version, in the order an author would fix it. */
    List<InvalidInput> gapsBeforePublishing() {
        List<InvalidInput> gaps = new ArrayList<>();
        if (modules.isEmpty()) {
            gaps.add(new InvalidInput("modules", "course.publish.noModules"));
        }
        for (ContentLanguage language : languages()) {
            if (!texts.containsKey(language.code())) {
                gaps.add(new InvalidInput("title", "course.publish.noTitle", language.nativeName()));
            }
            for (CourseModule module : modules) {
                String moduleName = module.title(language).orElse(null);
                if (moduleName == null) {
                    gaps.add(new InvalidInput("modules", "course.publish.moduleUntitled", language.nativeName()));
                }
                if (module.lessons().isEmpty()) {
                    gaps.add(new InvalidInput("modules", "course.publish.emptyModule",
                            module.title(primaryLanguage()).orElse(module.key().value())));
                }
                for (Lesson lesson : module.lessons()) {
                    if (lesson.text(language).isEmpty()) {
                        gaps.add(new InvalidInput("lessons", "course.publish.lessonMissingLanguage",
                                lesson.text(primaryLanguage()).map(LessonText::title).orElse(lesson.key().value()),
                                language.nativeName()));
                    }
                }
            }
        }
        return gaps;
    }

    void publish(String publisher, Instant when) {
        status = VersionStatus.PUBLISHED;
        publishedBy = publisher;
        publishedAt = when;
    }

    void supersede() {
        status = VersionStatus.SUPERSEDED;
    }

    CourseVersion nextDraft(int nextNumber) {
        CourseVersion draft = new CourseVersion(course, nextNumber, settings());
        texts.forEach((lang, text) -> draft.texts.put(lang, new CourseText(text.title(), text.summary())));
        modules.forEach(m -> draft.modules.add(m.copy()));
        return draft;
    }
}
