package org.practica.server.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.AccountDetails;
import org.practica.identity.application.AccountView;
import org.practica.identity.application.OrganisationView;
import org.practica.identity.application.UserAdministration;
import org.practica.kernel.NotFound;
import org.practica.kernel.Role;
import org.practica.server.web.support.FacesFeedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Creates an account, or edits one and sets its password (page admin/user.xhtml). */
@Named("userEditor")
@ViewScoped
public class UserEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "userForm";
    static final String PASSWORD_FORM = "passwordForm";

    @Inject
    transient UserAdministration administration;

    private String editing;
    private String username;
    private String displayName;
    private String email;
    private Long organisationId;
    private List<String> roles = new ArrayList<>();
    private String language = "en";
    private boolean enabled = true;
    private boolean wasEnabled;
    private boolean askingToDeactivate;
    private String password;
    private transient String temporaryPassword;
    private boolean platformAdministrator;
    private boolean acrossOrganisations;
    private boolean secondFactorOn;
    private Boolean mayGrantPlatform;
    private List<OrganisationView> organisations;

    /** Called by f:viewAction: an unknown username falls back to a new, empty form. */
    public void load() {
        if (editing == null || editing.isBlank()) {
            editing = null;
            return;
        }
        try {
            AccountView view = administration.account(actor(), editing);
            username = view.username();
            displayName = view.displayName();
            email = view.email();
            organisationId = view.organisationId();
            roles = new ArrayList<>(view.roles());
            language = view.language();
            enabled = view.enabled();
            wasEnabled = enabled;
            platformAdministrator = view.platformAdministrator();
            acrossOrganisations = view.acrossOrganisations();
            secondFactorOn = view.secondFactorOn();
        } catch (NotFound e) {
            FacesFeedback.error(e.messageKey());
            editing = null;
        }
    }

    public String save() {
        // switching an account off signs its person out everywhere: asked once more, beside the button
        if (!isNew() && wasEnabled && !enabled && !askingToDeactivate) {
            askingToDeactivate = true;
            return null;
        }
        askingToDeactivate = false;
        AccountDetails details = new AccountDetails(username, displayName, email, organisationId,
                new LinkedHashSet<>(roles), language, enabled, password,
                isMayGrantPlatform() ? platformAdministrator : null, isMayGrantPlatform() ? acrossOrganisations : null);
        String actor = actor();
        AccountView saved = isNew() ? administration.create(actor, details) : administration.update(actor, editing, details);
        FacesFeedback.infoAfterRedirect("users.saved", saved.username());
        return "/admin/users.xhtml?faces-redirect=true";
    }

    /** Shown once on this page, for the administrator to hand over; never stored or sent elsewhere. */
    public void resetPassword() {
        try {
            temporaryPassword = administration.resetPassword(actor(), editing);
            FacesFeedback.info("users.passwordReset", editing);
        } catch (NotFound e) {
            FacesFeedback.error(e.messageKey());
        }
    }

    /** A lost phone: the administrator removes the factor as a step of its own; a reset never does. */
    public void removeSecondFactor() {
        try {
            administration.removeSecondFactor(actor(), editing);
            secondFactorOn = false;
            FacesFeedback.info("secondFactor.removed", editing);
        } catch (NotFound e) {
            FacesFeedback.error(e.messageKey());
        }
    }

    /** The administrator changed their mind: the account stays active and nothing is saved yet. */
    public void keepActive() {
        enabled = true;
        askingToDeactivate = false;
    }

    public boolean isAskingToDeactivate() { return askingToDeactivate; }
    public boolean isSecondFactorOn() { return secondFactorOn; }
    public String getTemporaryPassword() { return temporaryPassword; }

    public boolean isMayGrantPlatform() {
        if (mayGrantPlatform == null) {
            mayGrantPlatform = administration.reachesEveryOrganisation(actor());
        }
        return mayGrantPlatform;
    }

    public boolean isPlatformAdministrator() { return platformAdministrator; }
    public boolean isAcrossOrganisations() { return acrossOrganisations; }
    public void setAcrossOrganisations(boolean acrossOrganisations) { this.acrossOrganisations = acrossOrganisations; }
    public void setPlatformAdministrator(boolean platformAdministrator) { this.platformAdministrator = platformAdministrator; }

    private static String actor() {
        return FacesFeedback.signedIn();
    }

    public boolean isNew() { return editing == null; }
    public List<String> getAllRoles() { return Arrays.stream(Role.values()).map(Role::name).toList(); }

    public List<OrganisationView> getOrganisations() {
        if (organisations == null) {
            organisations = administration.organisations(actor());
        }
        return organisations;
    }

    public String getEditing() { return editing; }
    public void setEditing(String editing) { this.editing = editing; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public List<String> getRoles() { return roles; }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }


}
