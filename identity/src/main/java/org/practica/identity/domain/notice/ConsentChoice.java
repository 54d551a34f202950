package org.practica.identity.domain.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One choice a person made about an optional purpose: given or withdrawn, and when. Choices are
 * added, never changed; the latest for a purpose is in force.
 */
@Entity
@Table(name = "consent_choice")
public class ConsentChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private ConsentPurpose purpose;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(name = "chosen_at", nullable = false, updatable = false)
    private Instant chosenAt;

    protected ConsentChoice() {
    }

    public ConsentChoice(long userId, ConsentPurpose purpose, boolean granted, Instant chosenAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.granted = granted;
        this.chosenAt = chosenAt;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public Instant chosenAt() {
        return chosenAt;
    }
}
