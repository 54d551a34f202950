package org.practica.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.server.identity.application.AccountView;
import org.practica.server.identity.application.UserAdministration;

import java.util.List;

/** Figures for the administrator's part of the dashboard; other roles' parts fill in as their modules land. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    @Inject
    UserAdministration administration;

    private List<AccountView> accounts;

    private List<AccountView> accounts() {
        if (accounts == null) {
            accounts = administration.accounts();
        }
        return accounts;
    }

    public int getAccountCount() {
        return accounts().size();
    }

    public long getLockedCount() {
        return accounts().stream().filter(AccountView::locked).count();
    }

    public int getOrganisationCount() {
        return administration.organisations().size();
    }
}
