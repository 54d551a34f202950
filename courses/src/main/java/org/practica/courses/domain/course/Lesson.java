package org.practica.courses.domain.course;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;
import org.practica.kernel.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A lesson inside a module of one course version, with its language versions and attachments. */
@Entity
@Table(name = "lesson")
public class Lesson {

    public static final int MAX_ATTACHMENTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_key", nullable = false, length = 12)
    private String key;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_text", joinColumns = @JoinColumn(name = "lesson_id"))
    @MapKeyColumn(name = "lang", length = 8)
    private Map<String, LessonText> texts = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_attachment", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "asset_id")
    @OrderColumn(name = "position")
    private List<Long> attachments = new ArrayList<>();

    protected Lesson() {
    }

    Lesson(ContentKey key, int estimatedMinutes) {
        this.key = key.value();
        this.estimatedMinutes = checkedMinutes(estimatedMinutes);
    }

    public ContentKey key() {
        return new ContentKey(key);
    }

    public int estimatedMinutes() {
        return estimatedMinutes;
    }

    public Map<String, LessonText> texts() {
        return Collections.unmodifiableMap(texts);
    }

    public Optional<LessonText> text(ContentLanguage language) {
        return Optional.ofNullable(texts.get(language.code()));
    }

    public List<Long> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    void write(ContentLanguage language, LessonWords words) {
        Refusals refusals = new Refusals();
        String title = refusals.check(() -> Text.required("title", words.title(), LessonText.TITLE_MAX));
        LessonBody body = refusals.check(() -> LessonBody.sanitise("body", words.body()));
        String video = refusals.check(() -> VideoLink.checked("videoUrl", words.videoUrl()));
        String note = refusals.check(() -> Text.optional("contentNote", words.contentNote(), LessonText.NOTE_MAX));
        refusals.throwIfAny();
        texts.put(language.code(), new LessonText(title, body, video, note));
    }

    void removeLanguage(ContentLanguage language) {
        texts.remove(language.code());
    }

    void setEstimatedMinutes(int minutes) {
        this.estimatedMinutes = checkedMinutes(minutes);
    }

    void attach(long assetId) {
        if (attachments.contains(assetId)) {
            return;
        }
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new InvalidInput("file", "lesson.attachments.tooMany", MAX_ATTACHMENTS);
        }
        attachments.add(assetId);
    }

    void detach(long assetId) {
        attachments.remove(assetId);
    }

    Lesson copy() {
        Lesson copy = new Lesson(key(), estimatedMinutes);
        texts.forEach((lang, text) -> copy.texts.put(lang, text.copy()));
        copy.attachments.addAll(attachments);
        return copy;
    }

    private static int checkedMinutes(int minutes) {
        if (minutes < 1 || minutes > 600) {
            throw new InvalidInput("estimatedMinutes", "validation.range", 1, 600);
        }
        return minutes;
    }
}
