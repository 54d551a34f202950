package org.practica.monitoring.domain.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Refusals;

import java.time.Instant;
import java.util.Optional;

/**
 * What a person chose to tell about themselves so that programme reports can be split by it: sex,
 * age band, region, profession and the kind of organisation they work for. Each fact is optional;
 * none is ever shown beside the person's name, only counted.
 *
 * <p>Life cycle: the person gives the facts with their consent (nothing is stored without it),
 * may restate them at any time (each statement renews the consent), and may withdraw: the facts
 * are then deleted, and from that moment no count is split by them.
 */
@Entity
@Table(name = "profile_fact")
public class ProfileFacts {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 16)
    private AgeBand ageBand;

    @Column(length = 8)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Profession profession;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", length = 16)
    private OrganisationType organisationType;

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    protected ProfileFacts() {
    }

    public ProfileFacts(long personId) {
        this.personId = personId;
    }

    /**
     * Records what the person stated, all fields checked at once; refused as a whole unless they
     * agreed that the facts be counted.
     */
    public void state(Statement typed, Instant now) {
        Refusals refusals = new Refusals();
        refusals.refuseIf(!typed.consent(), "consent", "profile.consent.required");
        ProfileFilter given = ProfileFilter.typed(typed.sex(), typed.ageBand(), typed.region(), typed.profession(),
                typed.organisationType(), refusals);
        refusals.throwIfAny();
        if (given.anyone()) {
            throw new InvalidInput("sex", "profile.fact.none");
        }
        this.sex = given.sex();
        this.ageBand = given.ageBand();
        this.region = given.region() == null ? null : given.region().code();
        this.profession = given.profession();
        this.organisationType = given.organisationType();
        this.consentedAt = now;
    }

    /** The facts as typed on a form or sent to the API: names of the values, blank for "not given". */
    public record Statement(String sex, String ageBand, String region, String profession, String organisationType, boolean consent) {
    }

    public long personId() {
        return personId;
    }

    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    public Optional<AgeBand> ageBand() {
        return Optional.ofNullable(ageBand);
    }

    public Optional<Region> region() {
        return Regions.find(region);
    }

    public Optional<Profession> profession() {
        return Optional.ofNullable(profession);
    }

    public Optional<OrganisationType> organisationType() {
        return Optional.ofNullable(organisationType);
    }

    public Instant consentedAt() {
        return consentedAt;
    }
}
