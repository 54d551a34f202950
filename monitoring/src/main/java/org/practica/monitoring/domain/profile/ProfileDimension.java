package org.practica.monitoring.domain.profile;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** A fact people may give about themselves, by which a count can be split; {@code attribute} names it in {@link ProfileFacts}. */
public enum ProfileDimension {
    SEX("sex", Arrays.stream(Sex.values()).map(Enum::name).toList()),
    AGE_BAND("ageBand", Arrays.stream(AgeBand.values()).map(Enum::name).toList()),
    REGION("region", Regions.all().stream().map(Region::code).toList()),
    PROFESSION("profession", Arrays.stream(Profession.values()).map(Enum::name).toList()),
    ORGANISATION_TYPE("organisationType", Arrays.stream(OrganisationType.values()).map(Enum::name).toList());

    /** The category of people who did not give this fact, or withdrew it. */
    public static final String NOT_GIVEN = "NOT_GIVEN";

    private final String attribute;
    private final List<String> categories;

    ProfileDimension(String attribute, List<String> values) {
        this.attribute = attribute;
        this.categories = values;
    }

    public String attribute() {
        return attribute;
    }

    /**
     * What a value is called for a reader of {@code language}: a region by its own name, anything
     * else by the interface's words (key {@code profile.<attribute>.<VALUE>}, or {@code profile.notGiven}).
     */
    public String label(String value, String language, Function<String, String> words) {
        if (NOT_GIVEN.equals(value)) {
            return words.apply("profile.notGiven");
        }
        if (this == REGION) {
            return Regions.find(value).map(r -> r.names().in(language)).orElse(value);
        }
        return words.apply("profile." + attribute + "." + value);
    }

    /** Every value the fact can take, in the order a table lists them. */
    public List<String> categories() {
        return categories;
    }
}
