package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.AccountView;
import org.practica.identity.application.UserAdministration;
import org.practica.server.web.support.FacesFeedback;

import java.util.List;

@Named("users")
@RequestScoped
public class UsersBean {

    @Inject
    UserAdministration administration;

    private List<AccountView> accounts;

    public List<AccountView> getAccounts() {
        if (accounts == null) {
            accounts = administration.accounts(FacesFeedback.signedIn());
        }
        return accounts;
    }
}
