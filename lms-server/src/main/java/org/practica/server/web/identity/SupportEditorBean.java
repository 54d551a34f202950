package org.practica.server.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.OrganisationView;
import org.practica.identity.application.SupportResources;
import org.practica.identity.application.UserAdministration;
import org.practica.server.web.support.FacesFeedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An administrator writes where their organisation's people can turn when a lesson is hard going
 * (admin/support.xhtml), in each content language they want.
 */
@Named("supportEditor")
@ViewScoped
public class SupportEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupportResources support;

    @Inject
    transient UserAdministration administration;

    private Long organisation;
    private String organisationName;
    private final HashMap<String, String> texts = new HashMap<>();

    public void load() {
        String actor = FacesFeedback.signedIn();
        List<OrganisationView> reached = administration.organisations(actor);
        // an organisation's own administrator reaches one: theirs
        OrganisationView chosen = reached.stream().filter(o -> organisation == null || o.id() == organisation).findFirst().orElse(null);
        if (chosen == null) {
            FacesFeedback.error("organisation.notFound");
            return;
        }
        organisation = chosen.id();
        organisationName = chosen.name();
        if (texts.isEmpty()) {
            texts.putAll(support.of(actor, organisation));
        }
    }

    public String save() {
        Map<String, String> saved = support.offer(FacesFeedback.signedIn(), organisation, texts);
        FacesFeedback.infoAfterRedirect(saved.isEmpty() ? "support.removed" : "support.saved", organisationName);
        return "/admin/support.xhtml?faces-redirect=true&organisation=" + organisation;
    }

    public Long getOrganisation() { return organisation; }
    public void setOrganisation(Long organisation) { this.organisation = organisation; }
    public String getOrganisationName() { return organisationName; }
    public Map<String, String> getTexts() { return texts; }
}
