package org.practica.monitoring.domain.profile;

import org.practica.kernel.Refusals;

/**
 * Whom a count is limited to by what they told of themselves: each fact given narrows it, none
 * given counts everyone (also those who gave no facts). Narrowing by a fact counts only people who
 * consented to it being counted.
 */
public record ProfileFilter(Sex sex, AgeBand ageBand, Region region, Profession profession, OrganisationType organisationType) {

    public static final ProfileFilter ANYONE = new ProfileFilter(null, null, null, null, null);

    /** The facts as typed in a filter, every unknown one refused at its field together. */
    public static ProfileFilter typed(String sex, String ageBand, String region, String profession, String organisationType) {
        Refusals refusals = new Refusals();
        ProfileFilter typed = typed(sex, ageBand, region, profession, organisationType, refusals);
        refusals.throwIfAny();
        return typed;
    }

    /**
     * The facts as typed (blank: not given), each unknown one kept in {@code refusals} beside the
     * form's other refusals and read as not given; the caller throws them.
     */
    public static ProfileFilter typed(String sex, String ageBand, String region, String profession, String organisationType,
                                      Refusals refusals) {
        Sex s = refusals.check(() -> Fact.of(Sex.class, "sex", sex));
        AgeBand a = refusals.check(() -> Fact.of(AgeBand.class, "ageBand", ageBand));
        Region r = refusals.check(() -> Regions.of("region", region));
        Profession p = refusals.check(() -> Fact.of(Profession.class, "profession", profession));
        OrganisationType o = refusals.check(() -> Fact.of(OrganisationType.class, "organisationType", organisationType));
        return new ProfileFilter(s, a, r, p, o);
    }

    public boolean anyone() {
        return sex == null && ageBand == null && region == null && profession == null && organisationType == null;
    }

    /** What the filter narrows to, for an audit line: "sex:FEMALE region:KZ-75". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (sex != null) s.append(" sex:").append(sex);
        if (ageBand != null) s.append(" ageBand:").append(ageBand);
        if (region != null) s.append(" region:").append(region.code());
        if (profession != null) s.append(" profession:").append(profession);
        if (organisationType != null) s.append(" organisationType:").append(organisationType);
        return s.toString();
    }
}
