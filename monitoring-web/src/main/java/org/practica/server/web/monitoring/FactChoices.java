package org.practica.server.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.monitoring.domain.profile.ProfileDimension;
import org.practica.monitoring.domain.profile.Region;
import org.practica.monitoring.domain.profile.Regions;
import org.practica.server.web.support.FacesFeedback;

import java.util.List;
import java.util.Locale;

/** The values each fact can take, named in the reader's words: for the person's own form and for the dashboard's filters. */
@Named("factChoices")
@RequestScoped
public class FactChoices {

    @Inject
    Caller caller;

    /** A fact's values (SEX, AGE_BAND, PROFESSION, ORGANISATION_TYPE), for a list. */
    public List<SelectItem> of(String dimension) {
        ProfileDimension d = ProfileDimension.valueOf(dimension);
        String language = caller.locale().getLanguage();
        return d.categories().stream().map(v -> new SelectItem(v, d.label(v, language, FacesFeedback::text))).toList();
    }

    /** The regions, one group per country, the country and its regions named in the reader's language. */
    public List<SelectItemGroup> getRegions() {
        Locale reader = caller.locale();
        return Regions.countries().stream().map(country -> {
            SelectItemGroup group = new SelectItemGroup(new Locale("", country).getDisplayCountry(reader));
            group.setSelectItems(Regions.all().stream().filter(r -> r.country().equals(country))
                    .map((Region r) -> new SelectItem(r.code(), r.names().in(reader.getLanguage()))).toArray(SelectItem[]::new));
            return group;
        }).toList();
    }
}
