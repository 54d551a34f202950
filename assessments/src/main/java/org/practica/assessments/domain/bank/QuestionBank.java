package org.practica.assessments.domain.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.assessments.domain.exchange.CategoryInfo;
import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.Text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course's collection of questions, filed in categories, from which its quizzes draw. Opened by
 * a trainer of the course; its name is unique in the course. Questions belong to exactly one bank
 * and keep it for life. Imports from Moodle may describe its categories; a later description of a
 * category replaces the earlier. A trainer may rename it, and delete it with its questions while
 * no quiz draws from it.
 */
@Entity
@Table(name = "question_bank")
public class QuestionBank {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = CategoriesColumn.class)
    @Column(name = "categories")
    private List<CategoryInfo> categories;

    protected QuestionBank() {
    }

    public QuestionBank(CourseId course, String name, String createdBy, Instant now) {
        this.courseId = course.value();
        this.name = nameOf(name);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A new name; uniqueness within the course is the repository's to check. */
    public void rename(String newName) {
        this.name = nameOf(newName);
    }

    /** A name as a bank may have it: required, bounded, stripped. */
    public static String nameOf(String typed) {
        return Text.required("name", typed, NAME_MAX);
    }

    /** Keeps what these say about their categories, replacing what was said before about the same ones. */
    public void describe(List<CategoryInfo> described) {
        Map<CategoryPath, CategoryInfo> all = new LinkedHashMap<>();
        categories().forEach(c -> all.put(c.path(), c));
        described.stream().filter(CategoryInfo::says).forEach(c -> all.put(c.path(), c));
        categories = all.isEmpty() ? null : new ArrayList<>(all.values());
    }

    /** What the bank says about its categories; most say nothing. */
    public List<CategoryInfo> categories() {
        return categories == null ? List.of() : List.copyOf(categories);
    }

    public BankId id() {
        return new BankId(id);
    }

    public CourseId courseId() {
        return new CourseId(courseId);
    }

    public String name() {
        return name;
    }
}
