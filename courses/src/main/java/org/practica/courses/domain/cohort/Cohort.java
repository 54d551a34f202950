package org.practica.courses.domain.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Text;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A named group of learners taking a course together between two dates, such as the teachers of
 * one region trained before the first arrivals. Created by a course's trainer; learners join it
 * through their enrolment. The dates frame reports; they do not lock anyone out.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Cohort() {
    }

    public Cohort(CourseId course, String name, LocalDate startsOn, LocalDate endsOn, String createdBy, Instant now) {
        this.courseId = course.value();
        this.name = Text.required("name", name, NAME_MAX);
        if (startsOn == null) {
            throw new InvalidInput("startsOn", "validation.required");
        }
        if (endsOn == null) {
            throw new InvalidInput("endsOn", "validation.required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInput("endsOn", "cohort.endsBeforeStart");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public CourseId courseId() {
        return new CourseId(courseId);
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
