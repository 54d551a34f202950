package org.practica.server.web.monitoring;

import org.practica.monitoring.application.ProfileFactsView;
import org.practica.monitoring.domain.profile.ProfileFacts;
import org.practica.monitoring.domain.profile.ProfileFilter;

import java.util.function.BiConsumer;

/**
 * The five facts as a form or a filter types them (blank: not given): one holder for the person's
 * facts page and the dashboard's filter, so both read and send the same fields.
 */
public class TypedFacts {

    private String sex;
    private String ageBand;
    private String region;
    private String profession;
    private String organisationType;

    /** The facts as a filter, each unknown one refused at its field. */
    ProfileFilter filter() {
        return ProfileFilter.typed(sex, ageBand, region, profession, organisationType);
    }

    ProfileFacts.Statement statement(boolean consent) {
        return new ProfileFacts.Statement(sex, ageBand, region, profession, organisationType, consent);
    }

    /** The form shows the facts as they were given. */
    void fill(ProfileFactsView given) {
        sex = given.sex();
        ageBand = given.ageBand();
        region = given.region();
        profession = given.profession();
        organisationType = given.organisationType();
    }

    /** Each fact by its parameter name, blank or not, for a query string. */
    void each(BiConsumer<String, String> parameter) {
        parameter.accept("sex", sex);
        parameter.accept("ageBand", ageBand);
        parameter.accept("region", region);
        parameter.accept("profession", profession);
        parameter.accept("organisationType", organisationType);
    }

    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getAgeBand() { return ageBand; }
    public void setAgeBand(String ageBand) { this.ageBand = ageBand; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getProfession() { return profession; }
    public void setProfession(String profession) { this.profession = profession; }
    public String getOrganisationType() { return organisationType; }
    public void setOrganisationType(String organisationType) { this.organisationType = organisationType; }
}
