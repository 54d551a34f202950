package org.practica.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a programme promised its funders for one indicator: a number to reach over a period, for
 * one organisation or (with no organisation) the whole programme.
 *
 * <p>Life cycle: a programme manager sets it within their reach; it is read against the counts
 * of its period for as long as it exists; a manager within the same reach removes it. A changed
 * promise is a new target, so what was promised stays as it was.
 */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget {

    /** The largest number a target may name: ten million people or hours. */
    public static final BigDecimal MAX = new BigDecimal("10000000");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Indicator indicator;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal target;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected IndicatorTarget() {
    }

    public IndicatorTarget(Indicator indicator, Long organisationId, LocalDate from, LocalDate to, BigDecimal target, String setBy,
                           Instant now) {
        Refusals refusals = new Refusals();
        refusals.refuseIf(indicator == null, "indicator", "validation.required");
        refusals.refuseIf(from == null, "from", "validation.required");
        refusals.refuseIf(to == null, "to", "validation.required");
        refusals.refuseIf(from != null && to != null && from.isAfter(to), "to", "monitoring.period.order");
        refusals.check(() -> {
            if (target == null) {
                throw new InvalidInput("target", "validation.required");
            }
            BigDecimal most = indicator != null && indicator.isPercentage() ? BigDecimal.valueOf(100) : MAX;
            if (target.signum() <= 0 || target.compareTo(most) > 0 || target.stripTrailingZeros().scale() > 2) {
                throw new InvalidInput("target", "monitoring.target.range", most);
            }
        });
        refusals.throwIfAny();
        this.indicator = indicator;
        this.organisationId = organisationId;
        this.from = from;
        this.to = to;
        this.target = target;
        this.setBy = setBy;
        this.setAt = now;
    }

    public Long id() {
        return id;
    }

    public Indicator indicator() {
        return indicator;
    }

    /** The organisation it is for; null for the whole programme. */
    public Long organisationId() {
        return organisationId;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public BigDecimal target() {
        return target;
    }
}
