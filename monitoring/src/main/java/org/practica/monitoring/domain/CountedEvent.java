package org.practica.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.kernel.TrainingEvent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One thing that happened in one person's training, as monitoring counts it: what, for whom (the
 * account's number, never its name), in which organisation the person was at the time, for which
 * course, on which day (UTC) and month, and how much (1, or hours). Written once, in the event's
 * transaction, and never changed: counts over a period stay what they were when first read.
 */
@Entity
@Table(name = "training_fact")
public class CountedEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainingEvent event;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "course_id")
    private Long courseId;

    @Column(nullable = false)
    private LocalDate day;

    /** The month as yyyymm, kept beside the day so that series group on a plain indexed number. */
    @Column(nullable = false)
    private int month;

    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal amount;

    protected CountedEvent() {
    }

    public CountedEvent(TrainingEvent event, long personId, long organisationId, Long courseId, LocalDate day, BigDecimal amount) {
        this.event = event;
        this.personId = personId;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.day = day;
        this.month = monthOf(day);
        this.amount = amount;
    }

    public static int monthOf(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    public TrainingEvent event() {
        return event;
    }

    public long personId() {
        return personId;
    }

    public long organisationId() {
        return organisationId;
    }

    public Long courseId() {
        return courseId;
    }

    public LocalDate day() {
        return day;
    }

    public int month() {
        return month;
    }

    public BigDecimal amount() {
        return amount;
    }
}
