package org.practica.server.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.AccountView;
import org.practica.identity.application.OwnAccount;
import org.practica.kernel.Role;

import java.util.stream.Collectors;

/** The signed-in person, for pages. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    OwnAccount ownAccount;

    private AccountView view;

    public AccountView getAccount() {
        if (view == null) {
            view = ownAccount.view(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
        }
        return view;
    }

    public boolean has(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public String getRoleNames() {
        return getAccount().roles().stream()
                .map(r -> FacesFeedback.text("role." + Role.valueOf(r).name()))
                .collect(Collectors.joining(", "));
    }
}
