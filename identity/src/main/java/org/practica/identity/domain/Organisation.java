package org.practica.identity.domain;

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
import org.practica.kernel.Country;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.MultilingualTextColumn;
import org.practica.kernel.Refusals;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An organisation that people belong to: a ministry's department, an NGO, a UN agency office,
 * a resource centre. Created and renamed by administrators; never deleted while people belong
 * to it, because their records point at it.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX = 200;
    public static final int SUPPORT_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where its people can turn when learning about trauma is hard going, per language; null when none is given. */
    @Convert(converter = MultilingualTextColumn.class)
    @Column(name = "support_resources", columnDefinition = "TEXT")
    private MultilingualText supportResources;

    @Column(name = "mentoring_text_years")
    private Integer mentoringTextYears;

    @Column(name = "inactive_account_years")
    private Integer inactiveAccountYears;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(String name, String country, OrganisationKind kind, Instant now) {
        describe(name, country, kind);
        this.createdAt = now;
    }

    public void describe(String name, String country, OrganisationKind kind) {
        Refusals refusals = new Refusals();
        String n = refusals.check(() -> requireName(name));
        String c = refusals.check(() -> normaliseCountry(country));
        refusals.refuseIf(kind == null, "kind", "validation.required");
        refusals.throwIfAny();
        this.name = n;
        this.country = c;
        this.kind = kind;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "validation.required");
        }
        String stripped = name.strip();
        if (stripped.length() > NAME_MAX) {
            throw new InvalidInput("name", "validation.tooLong", NAME_MAX);
        }
        return stripped;
    }

    private static String normaliseCountry(String country) {
        return Country.code("country", country, "validation.country");
    }

    /**
     * The helplines, people and places its members can turn to, in any content languages; all
     * blank takes them away.
     */
    public void offerSupport(Map<String, String> texts) {
        boolean none = texts == null || texts.values().stream().allMatch(t -> t == null || t.isBlank());
        supportResources = none ? null : MultilingualText.of("supportResources", texts, SUPPORT_MAX);
    }

    public RetentionRules retention() {
        return new RetentionRules(mentoringTextYears, inactiveAccountYears);
    }

    public void keep(RetentionRules rules) {
        mentoringTextYears = rules.mentoringTextYears();
        inactiveAccountYears = rules.inactiveAccountYears();
    }

    public Optional<MultilingualText> supportResources() {
        return Optional.ofNullable(supportResources);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
