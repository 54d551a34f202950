package org.practica.server.api.monitoring;

import jakarta.ws.rs.QueryParam;
import org.practica.kernel.Day;
import org.practica.monitoring.application.IndicatorQuery;
import org.practica.monitoring.domain.profile.ProfileFilter;

/** The filters of an indicators request, read from its query string. */
public class IndicatorParams {

    @QueryParam("from") String from;
    @QueryParam("to") String to;
    @QueryParam("organisation") Long organisation;
    @QueryParam("course") Long course;
    @QueryParam("cohort") Long cohort;
    @QueryParam("body") Long body;
    @QueryParam("sex") String sex;
    @QueryParam("ageBand") String ageBand;
    @QueryParam("region") String region;
    @QueryParam("profession") String profession;
    @QueryParam("organisationType") String organisationType;

    IndicatorQuery query() {
        return new IndicatorQuery(Day.typed("from", from), Day.typed("to", to), organisation, course, cohort, body,
                ProfileFilter.typed(sex, ageBand, region, profession, organisationType));
    }
}
