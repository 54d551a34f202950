package org.practica.server.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.practica.courses.application.AudienceTrackView;
import org.practica.courses.application.AudienceTracks;
import org.practica.courses.application.ThemeView;
import org.practica.courses.application.Themes;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.application.Learning;
import org.practica.courses.application.OfflinePackage;
import org.practica.courses.application.CourseDraft;
import org.practica.courses.application.CourseMedia;
import org.practica.courses.application.CourseOutline;
import org.practica.courses.application.CourseSummary;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.media.MediaListing;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trainer's course editor (page author/course.xhtml): description and settings in one language
 * at a time, modules and lessons in order, uploads, and publishing with what still stops it.
 */
@Named("courseEditor")
@ViewScoped
public class CourseEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "courseForm";

    @Inject
    transient CourseAuthoring authoring;

    @Inject
    transient Catalogue catalogue;

    @Inject
    transient CourseMedia media;

    @Inject
    transient Learning learning;

    @Inject
    transient AudienceTracks tracks;

    @Inject
    transient Themes themeNames;

    @Inject
    transient Caller caller;

    private Long id;
    private String language;
    private String title;
    private String summary;
    private String primaryLanguage = "en";
    private List<String> otherLanguages = new ArrayList<>();
    private List<String> audiences = new ArrayList<>();
    private List<String> knownThemes = new ArrayList<>();
    private String themes;
    private Integer estimatedMinutes;
    private BigDecimal cpdHours = BigDecimal.ZERO;
    private boolean selfEnrolment = true;
    private String newModuleTitle;
    private final Map<String, String> moduleTitles = new HashMap<>();
    private transient Part upload;
    private transient CourseOutline outline;
    private transient List<InvalidInput> gaps;
    private transient List<MediaListing> files;

    public void load() {
        if (id == null) {
            language = language == null ? caller.reader(null).code() : language;
            primaryLanguage = language;
            return;
        }
        try {
            CourseOutline o = outline();
            CourseSummary course = o.course();
            if (!o.editable()) {
                throw new NotPermitted("course.notAuthor");
            }
            primaryLanguage = course.languages().get(0);
            otherLanguages = new ArrayList<>(course.languages().subList(1, course.languages().size()));
            if (language == null || !course.languages().contains(language)) {
                language = primaryLanguage;
                outline = null;
                course = outline().course();
            }
            boolean translated = course.language().equals(language);
            title = translated ? course.title() : null;
            summary = translated ? course.summary() : null;
            audiences = new ArrayList<>(course.audiences());
            knownThemes = new ArrayList<>(course.themes());
            themes = null;
            estimatedMinutes = course.estimatedMinutes();
            cpdHours = course.cpdHours();
            selfEnrolment = course.selfEnrolment();
            moduleTitles.clear();
            outline().modules().forEach(m -> moduleTitles.put(m.key(), m.title()));
        } catch (NotFound | NotPermitted e) {
            FacesFeedback.refused(FORM, e);
            id = null;
            outline = null;
        }
    }

    public String save() {
        List<String> languages = new ArrayList<>();
        languages.add(primaryLanguage);
        otherLanguages.stream().filter(l -> !l.equals(primaryLanguage)).forEach(languages::add);
        CourseDraft draft = new CourseDraft(id == null ? primaryLanguage : language, title, summary, languages,
                new LinkedHashSet<>(audiences), themeSet(), estimatedMinutes, cpdHours, selfEnrolment);
        if (id == null) {
            CourseId created = authoring.create(caller.get(), draft);
            FacesFeedback.infoAfterRedirect("editor.created");
            return "/author/course.xhtml?faces-redirect=true&id=" + created.value();
        }
        authoring.revise(caller.get(), new CourseId(id), draft);
        FacesFeedback.infoAfterRedirect("editor.saved");
        return reload();
    }

    public String addModule() {
        return act("modulesForm", () -> authoring.addModule(caller.get(), courseId(), language, newModuleTitle, null));
    }

    public String saveModuleTitles() {
        return act("modulesForm", () -> outline().modules().stream()
                .filter(m -> moduleTitles.get(m.key()) != null && !moduleTitles.get(m.key()).equals(m.title()))
                .forEach(m -> authoring.retitleModule(caller.get(), courseId(), m.key(), language, moduleTitles.get(m.key()))));
    }

    public String moveModule(String key, int delta) {
        int index = indexOfModule(key) + delta;
        return act("modulesForm", () -> authoring.moveModule(caller.get(), courseId(), key, Math.max(0, index)));
    }

    public String removeModule(String key) {
        return act("modulesForm", () -> authoring.removeModule(caller.get(), courseId(), key));
    }

    public String moveLesson(String moduleKey, String lessonKey, int delta) {
        List<CourseOutline.LessonOutline> lessons = outline().modules().stream().filter(m -> m.key().equals(moduleKey))
                .findFirst().orElseThrow().lessons();
        int index = lessons.stream().map(CourseOutline.LessonOutline::key).toList().indexOf(lessonKey) + delta;
        return act("modulesForm", () -> authoring.moveLesson(caller.get(), courseId(), lessonKey, moduleKey, Math.max(0, index)));
    }

    public String removeLesson(String lessonKey) {
        return act("modulesForm", () -> authoring.removeLesson(caller.get(), courseId(), lessonKey));
    }

    public String publish() {
        try {
            int version = authoring.publish(caller.get(), courseId());
            FacesFeedback.infoAfterRedirect("editor.published", version);
            return reload();
        } catch (InvalidInput e) {
            FacesFeedback.error("editor.publishRefused", FacesFeedback.text(e.messageKey(), e.arguments()));
            return null;
        } catch (NotFound | NotPermitted e) {
            FacesFeedback.refused("publishForm", e);
            return null;
        }
    }

    public String uploadFile() {
        if (upload == null || upload.getSize() == 0) {
            FacesFeedback.atField("uploadForm", new InvalidInput("file", "media.empty"));
            return null;
        }
        try {
            MediaListing added = media.upload(caller.get(), courseId(), upload.getSubmittedFileName(), upload.getInputStream());
            FacesFeedback.infoAfterRedirect("editor.uploaded", added.fileName());
            return reload();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInput | NotFound | NotPermitted e) {
            FacesFeedback.refused("uploadForm", e);
            return null;
        }
    }

    private String act(String form, Runnable change) {
        change.run();
        return reload();
    }

    private String reload() {
        return "/author/course.xhtml?faces-redirect=true&id=" + id + "&lang=" + language;
    }

    private int indexOfModule(String key) {
        return outline().modules().stream().map(CourseOutline.ModuleOutline::key).toList().indexOf(key);
    }

    /** The themes ticked and the new ones typed. */
    private Set<String> themeSet() {
        Set<String> all = new LinkedHashSet<>(knownThemes);
        if (themes != null) {
            Arrays.stream(themes.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(all::add);
        }
        return all;
    }

    private CourseId courseId() {
        return new CourseId(id);
    }

    private CourseOutline outline() {
        if (outline == null) {
            outline = catalogue.outline(caller.get(), courseId(), ContentLanguage.of("lang", language == null ? "en" : language));
        }
        return outline;
    }

    public CourseOutline getOutline() { return id == null ? null : outline(); }

    public List<InvalidInput> getGaps() {
        if (gaps == null) {
            gaps = id == null ? List.of() : authoring.gaps(caller.get(), courseId());
        }
        return gaps;
    }

    public String gapText(InvalidInput gap) {
        return FacesFeedback.text(gap.messageKey(), gap.arguments());
    }

    /** What a learner's device would store to read the latest version offline, against the limit per course. */
    public OfflinePackage getOfflineCopy() {
        if (offlineCopy == null && id != null) {
            offlineCopy = learning.offlinePackageForAuthor(caller.get(), courseId(), caller.reader(null));
        }
        return offlineCopy;
    }

    private transient OfflinePackage offlineCopy;

    public List<MediaListing> getFiles() {
        if (files == null) {
            files = id == null ? List.of() : media.of(caller.get(), courseId());
        }
        return files;
    }

    public List<String> getAllLanguages() { return Arrays.stream(ContentLanguage.values()).map(ContentLanguage::code).toList(); }

    public List<String> getCourseLanguages() {
        List<String> all = new ArrayList<>();
        all.add(primaryLanguage);
        otherLanguages.stream().filter(l -> !l.equals(primaryLanguage)).forEach(all::add);
        return all;
    }

    public List<AudienceTrackView> getAudienceTracks() { return tracks.all(); }

    public String trackName(AudienceTrackView track) {
        return track.name(caller.locale().getLanguage());
    }

    /** Every theme, for ticking; a trainer types a theme nobody used yet in the field below. */
    public List<ThemeView> getThemeChoices() { return themeNames.all(); }

    public String themeName(ThemeView theme) {
        return theme.name(caller.locale().getLanguage());
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getPrimaryLanguage() { return primaryLanguage; }
    public void setPrimaryLanguage(String primaryLanguage) { this.primaryLanguage = primaryLanguage; }
    public List<String> getOtherLanguages() { return otherLanguages; }

    public void setOtherLanguages(List<String> otherLanguages) {
        this.otherLanguages = otherLanguages == null ? new ArrayList<>() : new ArrayList<>(otherLanguages);
    }

    public List<String> getAudiences() { return audiences; }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences == null ? new ArrayList<>() : new ArrayList<>(audiences);
    }

    public List<String> getKnownThemes() { return knownThemes; }

    public void setKnownThemes(List<String> knownThemes) {
        this.knownThemes = knownThemes == null ? new ArrayList<>() : new ArrayList<>(knownThemes);
    }

    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = themes; }
    public Integer getEstimatedMinutes() { return estimatedMinutes; }
    public void setEstimatedMinutes(Integer estimatedMinutes) { this.estimatedMinutes = estimatedMinutes; }
    public BigDecimal getCpdHours() { return cpdHours; }
    public void setCpdHours(BigDecimal cpdHours) { this.cpdHours = cpdHours; }
    public boolean isSelfEnrolment() { return selfEnrolment; }
    public void setSelfEnrolment(boolean selfEnrolment) { this.selfEnrolment = selfEnrolment; }
    public String getNewModuleTitle() { return newModuleTitle; }
    public void setNewModuleTitle(String newModuleTitle) { this.newModuleTitle = newModuleTitle; }
    public Map<String, String> getModuleTitles() { return moduleTitles; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
