package org.practica.courses.domain.course;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ordered group of lessons inside one course version. */
@Entity
@Table(name = "course_module")
public class CourseModule {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_key", nullable = false, length = 12)
    private String key;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_module_title", joinColumns = @JoinColumn(name = "module_id"))
    @MapKeyColumn(name = "lang", length = 8)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private Map<String, String> titles = new HashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "module_id")
    @OrderColumn(name = "position")
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(ContentKey key) {
        this.key = key.value();
    }

    public ContentKey key() {
        return new ContentKey(key);
    }

    public Map<String, String> titles() {
        return Collections.unmodifiableMap(titles);
    }

    public Optional<String> title(ContentLanguage language) {
        return Optional.ofNullable(titles.get(language.code()));
    }

    public List<Lesson> lessons() {
        return Collections.unmodifiableList(lessons);
    }

    void retitle(ContentLanguage language, String title) {
        titles.put(language.code(), Text.required("title", title, TITLE_MAX));
    }

    void add(Lesson lesson, int index) {
        lessons.add(Math.max(0, Math.min(index, lessons.size())), lesson);
    }

    Optional<Lesson> lesson(ContentKey key) {
        return lessons.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    boolean remove(Lesson lesson) {
        return lessons.remove(lesson);
    }

    CourseModule copy() {
        CourseModule copy = new CourseModule(key());
        copy.titles.putAll(titles);
        lessons.forEach(l -> copy.lessons.add(l.copy()));
        return copy;
    }
}
