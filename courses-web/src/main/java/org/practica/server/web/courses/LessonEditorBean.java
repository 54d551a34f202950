package org.practica.server.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.AttachmentView;
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.application.CourseMedia;
import org.practica.courses.application.Learning;
import org.practica.courses.application.LessonDraft;
import org.practica.courses.application.LessonView;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.media.MediaKind;
import org.practica.courses.domain.media.MediaListing;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.server.web.support.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/**
 * Writes one language version of a lesson (page author/lesson.xhtml). When the lesson has no
 * version in the chosen language yet, the form starts empty and shows the existing text beside it
 * to translate from.
 */
@Named("lessonEditor")
@ViewScoped
public class LessonEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "lessonForm";

    @Inject
    transient CourseAuthoring authoring;

    @Inject
    transient Learning learning;

    @Inject
    transient CourseMedia media;

    @Inject
    transient Caller caller;

    private Long course;
    private String module;
    private String key;
    private String lang;
    private String title;
    private String body;
    private String videoUrl;
    private String contentNote;
    private Integer estimatedMinutes = 10;
    private transient LessonView source;
    private transient List<AttachmentView> attachments;
    private Long assetToAttach;
    private transient List<MediaListing> files;

    public void load() {
        if (course == null) {
            FacesFeedback.error("course.notFound");
            return;
        }
        lang = lang == null || lang.isBlank() ? caller.reader(null).code() : lang;
        if (key == null || key.isBlank()) {
            key = null;
            return;
        }
        LessonView view = learning.lesson(caller.get(), new CourseId(course), key, ContentLanguage.of("lang", lang));
        estimatedMinutes = view.estimatedMinutes();
        attachments = view.attachments();
        if (view.language().equals(lang)) {
            title = view.title();
            body = view.html();
            videoUrl = view.videoUrl();
            contentNote = view.contentNote();
        } else {
            source = view;
        }
    }

    public String save() {
        LessonDraft draft = new LessonDraft(lang, title, body, videoUrl, estimatedMinutes, null, contentNote);
        if (key == null) {
            key = authoring.addLesson(caller.get(), new CourseId(course), module, draft);
        } else {
            authoring.writeLesson(caller.get(), new CourseId(course), key, draft);
        }
        FacesFeedback.infoAfterRedirect("editor.lessonSaved", title);
        return "/author/course.xhtml?faces-redirect=true&id=" + course + "&lang=" + lang;
    }

    /** Puts an uploaded image at the end of the text; the trainer can move it in the editor. */
    public void insertImage(MediaListing image) {
        String alt = image.fileName().replaceAll("\\.[A-Za-z0-9]+$", "").replace('"', ' ');
        body = (body == null ? "" : body) + "<p><img src=\"" + image.path() + "\" alt=\"" + alt + "\"></p>";
    }

    public String attach() {
        if (key == null || assetToAttach == null) {
            return null;
        }
        media.attach(caller.get(), new CourseId(course), key, assetToAttach);
        FacesFeedback.infoAfterRedirect("editor.attached");
        return self();
    }

    public String detach(long assetId) {
        media.detach(caller.get(), new CourseId(course), key, assetId);
        return self();
    }

    private String self() {
        return "/author/lesson.xhtml?faces-redirect=true&course=" + course + "&lesson=" + key + "&lang=" + lang;
    }

    public List<MediaListing> getFiles() {
        if (files == null) {
            files = course == null ? List.of() : media.of(caller.get(), new CourseId(course));
        }
        return files;
    }

    public List<MediaListing> getImages() { return getFiles().stream().filter(f -> f.kind() == MediaKind.IMAGE).toList(); }

    /** The lesson's downloads as they are saved (attaching reloads the page). */
    public List<AttachmentView> getAttachments() { return attachments == null ? List.of() : attachments; }
    public String getDirection() { return ContentLanguage.of("lang", lang).direction(); }
    public boolean isNew() { return key == null; }
    public LessonView getSource() { return source; }
    public Long getCourse() { return course; }
    public void setCourse(Long course) { this.course = course; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getLang() { return lang; }
    public void setLang(String lang) { this.lang = lang; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getContentNote() { return contentNote; }
    public void setContentNote(String contentNote) { this.contentNote = contentNote; }
    public String getVideoUrl() { return videoUrl; }
    public void setVideoUrl(String videoUrl) { this.videoUrl = videoUrl; }
    public Integer getEstimatedMinutes() { return estimatedMinutes; }
    public void setEstimatedMinutes(Integer estimatedMinutes) { this.estimatedMinutes = estimatedMinutes; }
    public Long getAssetToAttach() { return assetToAttach; }
    public void setAssetToAttach(Long assetToAttach) { this.assetToAttach = assetToAttach; }
}
