package org.practica.server.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.OrganisationView;
import org.practica.identity.application.UserAdministration;
import org.practica.identity.domain.OrganisationKind;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Lists organisations and edits one at a time in the form above the list. */
@Named("organisations")
@ViewScoped
public class OrganisationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "organisationForm";

    @Inject
    transient UserAdministration administration;

    private Long editing;
    private String name;
    private String country;
    private String kind = OrganisationKind.NGO.name();
    private List<OrganisationView> all;

    public void edit(OrganisationView organisation) {
        editing = organisation.id();
        name = organisation.name();
        country = organisation.country();
        kind = organisation.kind();
    }

    public void cancel() {
        editing = null;
        name = null;
        country = null;
        kind = OrganisationKind.NGO.name();
    }

    public void save() {
        String actor = FacesFeedback.signedIn();
        try {
            OrganisationView saved = editing == null
                    ? administration.createOrganisation(actor, name, country, kind)
                    : administration.updateOrganisation(actor, editing, name, country, kind);
            FacesFeedback.info("organisations.saved", saved.name());
            cancel();
            all = null;
        } catch (InvalidInput e) {
            FacesFeedback.atField(FORM, e);
        } catch (NotFound e) {
            FacesFeedback.error(e.messageKey());
        } catch (NotPermitted e) {
            FacesFeedback.error(e.messageKey());
        }
    }

    public List<OrganisationView> getAll() {
        if (all == null) {
            all = administration.organisations(FacesFeedback.signedIn());
        }
        return all;
    }

    public List<String> getKinds() { return Arrays.stream(OrganisationKind.values()).map(Enum::name).toList(); }
    public boolean isEditing() { return editing != null; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
}
