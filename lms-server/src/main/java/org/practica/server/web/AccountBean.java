package org.practica.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.server.identity.application.OwnAccount;
import org.practica.kernel.InvalidInput;
import org.practica.server.security.SessionIdentity;
import jakarta.servlet.http.HttpServletRequest;

/** The person's own password change. */
@Named("account")
@RequestScoped
public class AccountBean {

    static final String FORM = "passwordForm";

    @Inject
    OwnAccount ownAccount;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public String changePassword() {
        if (newPassword != null && !newPassword.equals(repeatPassword)) {
            FacesFeedback.atField(FORM, new InvalidInput("repeatPassword", "validation.password.repeatMismatch"));
            return null;
        }
        try {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            int stamp = ownAccount.changePassword(external.getUserPrincipal().getName(), currentPassword, newPassword);
            // every other session and token of the account has ended; this one carries on
            SessionIdentity.renew((HttpServletRequest) external.getRequest(), stamp);
        } catch (InvalidInput e) {
            FacesFeedback.atField(FORM, e);
            return null;
        }
        FacesFeedback.infoAfterRedirect("account.password.changed");
        return "/account.xhtml?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
