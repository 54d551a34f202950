package org.practica.mentoring.domain.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.kernel.Conflict;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Refusals;
import org.practica.kernel.Text;
import org.practica.mentoring.domain.session.Pairing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A supervisor mentoring one mentee in a discipline, over a period, towards agreed goals and a
 * number of supervised hours per competency.
 *
 * <p>Life cycle: an admin or trainer arranges it (ACTIVE at once), or the mentee requests it
 * (REQUESTED) and the supervisor accepts (ACTIVE) or declines (DECLINED). It ends on its end date
 * or when either of the pair, or whoever arranged it, ends it early (ENDED). Sessions can be
 * logged only for days within its period while it is active or after it ended for the days it ran.
 */
@Entity
@Table(name = "mentoring_relationship")
public class MentoringRelationship {

    public static final int GOALS_MAX = 4_000;
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(2_000);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String supervisor;

    @Column(nullable = false, length = 64, updatable = false)
    private String mentee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Discipline discipline;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column
    private String goals;

    @Convert(converter = RequiredHoursColumn.class)
    @Column(name = "required_hours", nullable = false)
    private Map<String, BigDecimal> requiredHours = new TreeMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RelationshipStatus status;

    @Column(name = "arranged_by", nullable = false, length = 64, updatable = false)
    private String arrangedBy;

    @Column(name = "arranged_at", nullable = false, updatable = false)
    private Instant arrangedAt;

    @Version
    private int version;

    protected MentoringRelationship() {
    }

    private MentoringRelationship(String supervisor, String mentee, Discipline discipline, LocalDate startsOn, LocalDate endsOn,
                                  String goals, Map<String, BigDecimal> hours, RelationshipStatus status, String by, Instant now) {
        Refusals refusals = new Refusals();
        refusals.refuseIf(supervisor == null || mentee == null || supervisor.equalsIgnoreCase(mentee),
                "mentee", "relationship.selfSupervision");
        refusals.refuseIf(discipline == null, "discipline", "validation.required");
        Plan plan = refusals.check(() -> Plan.checked(startsOn, endsOn, goals, hours));
        refusals.throwIfAny();
        apply(plan);
        this.supervisor = supervisor;
        this.mentee = mentee;
        this.discipline = discipline;
        this.status = status;
        this.arrangedBy = by;
        this.arrangedAt = now;
    }

    /** Arranged by an admin or trainer: active from the start. */
    public static MentoringRelationship arrange(String supervisor, String mentee, Discipline discipline, LocalDate startsOn,
                                                LocalDate endsOn, String goals, Map<String, BigDecimal> hours, String by, Instant now) {
        return new MentoringRelationship(supervisor, mentee, discipline, startsOn, endsOn, goals, hours, RelationshipStatus.ACTIVE, by, now);
    }

    /** Asked for by the mentee; waits for the supervisor. */
    public static MentoringRelationship request(String mentee, String supervisor, Discipline discipline, LocalDate startsOn,
                                                LocalDate endsOn, String goals, Map<String, BigDecimal> hours, Instant now) {
        return new MentoringRelationship(supervisor, mentee, discipline, startsOn, endsOn, goals, hours, RelationshipStatus.REQUESTED,
                mentee, now);
    }

    public void accept(String by) {
        answer(by, RelationshipStatus.ACTIVE);
    }

    public void decline(String by) {
        answer(by, RelationshipStatus.DECLINED);
    }

    private void answer(String by, RelationshipStatus outcome) {
        if (!supervisor.equals(by)) {
            throw new NotPermitted("relationship.answerBySupervisor");
        }
        if (status != RelationshipStatus.REQUESTED) {
            throw new Conflict("status", "relationship.notRequested");
        }
        status = outcome;
    }

    /** The pair and whoever arranged it may end or re-plan it; admins of the mentee's organisation too (checked by the caller). */
    public boolean stewardedBy(String username) {
        return involves(username) || arrangedBy.equals(username);
    }

    /** Ends it early, from the given day on; sessions already logged stay. */
    public void end(LocalDate on) {
        if (status != RelationshipStatus.ACTIVE) {
            throw new Conflict("status", "relationship.notActive");
        }
        if (on == null) {
            throw new InvalidInput("endsOn", "validation.required");
        }
        if (on.isBefore(startsOn)) {
            throw new InvalidInput("endsOn", "relationship.endsBeforeStart");
        }
        endsOn = endsOn == null || on.isBefore(endsOn) ? on : endsOn;
        status = RelationshipStatus.ENDED;
    }

    /**
     * A new period, goals and required hours while it is requested or active. The period must
     * still hold every session already logged, so no logged hour falls outside its relationship.
     */
    public void replan(LocalDate starts, LocalDate ends, String newGoals, Map<String, BigDecimal> hours, Collection<Instant> sessionTimes) {
        if (status != RelationshipStatus.ACTIVE && status != RelationshipStatus.REQUESTED) {
            throw new Conflict("status", "relationship.notActive");
        }
        Refusals refusals = new Refusals();
        for (Instant at : sessionTimes) {
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            refusals.refuseIf(starts != null && day.isBefore(starts), "startsOn", "relationship.sessionsOutside", day);
            refusals.refuseIf(ends != null && day.isAfter(ends), "endsOn", "relationship.sessionsOutside", day);
        }
        Plan plan = refusals.check(() -> Plan.checked(starts, ends, newGoals, hours));
        refusals.throwIfAny();
        apply(plan);
    }

    private void apply(Plan plan) {
        startsOn = plan.starts();
        endsOn = plan.ends();
        goals = plan.goals();
        requiredHours = plan.hours();
    }

    /** A period, goals and required hours that have passed their rules, not yet applied. */
    private record Plan(LocalDate starts, LocalDate ends, String goals, Map<String, BigDecimal> hours) {

        static Plan checked(LocalDate starts, LocalDate ends, String newGoals, Map<String, BigDecimal> hours) {
            Refusals refusals = new Refusals();
            refusals.refuseIf(starts == null, "startsOn", "validation.required");
            refusals.refuseIf(starts != null && ends != null && ends.isBefore(starts), "endsOn", "relationship.endsBeforeStart");
            String g = refusals.check(() -> Text.optional("goals", newGoals, GOALS_MAX));
            Map<String, BigDecimal> checked = new TreeMap<>();
            refusals.check(() -> {
                if (hours != null) {
                    hours.forEach((competency, h) -> {
                        if (competency == null || competency.isBlank()) {
                            throw new InvalidInput("requiredHours", "validation.required");
                        }
                        if (h == null || h.signum() < 0 || h.compareTo(MAX_HOURS) > 0) {
                            throw new InvalidInput("requiredHours", "relationship.hours.range", MAX_HOURS);
                        }
                        checked.put(competency.strip().toUpperCase(java.util.Locale.ROOT), h);
                    });
                }
            });
            refusals.throwIfAny();
            return new Plan(starts, ends, g, checked);
        }
    }

    /** The pair for a session held at {@code at}; refused outside the relationship's active days. */
    public Pairing pairingFor(Instant at) {
        if (status != RelationshipStatus.ACTIVE && status != RelationshipStatus.ENDED) {
            throw new Conflict("relationship", "relationship.notActive");
        }
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (day.isBefore(startsOn) || endsOn != null && day.isAfter(endsOn)) {
            throw new InvalidInput("startsAt", "relationship.outsidePeriod", startsOn, endsOn == null ? "" : endsOn);
        }
        return new Pairing(id == null ? 0 : id, supervisor, mentee);
    }

    public boolean involves(String username) {
        return supervisor.equals(username) || mentee.equals(username);
    }

    public Long id() {
        return id;
    }

    public String supervisor() {
        return supervisor;
    }

    public String mentee() {
        return mentee;
    }

    public Discipline discipline() {
        return discipline;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String goals() {
        return goals;
    }

    public Map<String, BigDecimal> requiredHours() {
        return Map.copyOf(requiredHours);
    }

    public RelationshipStatus status() {
        return status;
    }

    public String arrangedBy() {
        return arrangedBy;
    }

    public Instant arrangedAt() {
        return arrangedAt;
    }
}
