package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.application.PasswordHashing;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.AccessChanged;
import org.practica.identity.domain.AdministrativeReach;
import org.practica.identity.domain.Language;
import org.practica.identity.domain.Organisation;
import org.practica.identity.domain.OrganisationKind;
import org.practica.identity.domain.OrganisationRepository;
import org.practica.identity.domain.PasswordRule;
import org.practica.identity.domain.Profile;
import org.practica.identity.domain.TemporaryPassword;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Refusals;
import org.practica.kernel.Role;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What administrators do with accounts and organisations, each within their reach
 * ({@link AdministrativeReach}): an account beyond it is "not found". Every change is audited.
 * Passwords are hashed before the transaction opens, so the slow hash never holds a database
 * connection.
 */
@ApplicationScoped
public class UserAdministration {

    @Inject
    UserAdministration self;

    @Inject
    Event<AccessChanged> accessChanged;

    @Inject
    SecondFactors secondFactors;

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    org.practica.kernel.Notifier notifier;

    public AccountView create(String actor, AccountDetails details) {
        // every field is checked before the slow hashing, and every problem is reported at once
        Refusals refusals = new Refusals();
        Username username = refusals.check(() -> Username.typed(details.username()).forNewAccount());
        refusals.check(() -> PasswordRule.check("password", details.password(), username));
        refusals.check(() -> self.check(actor, details));
        refusals.throwIfAny();
        return self.create(actor, details, hashing.hash(details.password()));
    }

    /** What a new account's details break, checked against the administrator's reach; nothing is stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void check(String actor, AccountDetails details) {
        AdministrativeReach reach = reach(actor);
        Refusals refusals = new Refusals();
        refusals.check(() -> profile(reach, details));
        refusals.check(() -> roles(details.roles()));
        refusals.throwIfAny();
    }

    @Transactional
    public AccountView create(String actor, AccountDetails details, String passwordHash) {
        AdministrativeReach reach = reach(actor);
        Username username = Username.typed(details.username()).forNewAccount();
        Profile profile = profile(reach, details);
        Set<Role> roles = roles(details.roles());
        if (accounts.find(username).isPresent()) {
            throw new Conflict("username", "validation.username.taken");
        }
        mayGrantAuditing(reach, false, roles);
        UserAccount account = new UserAccount(username, profile, roles, passwordHash, clock.instant());
        if (Boolean.FALSE.equals(details.enabled())) {
            account.setEnabled(false);
        }
        grantPlatform(reach, account, details.platformAdministrator());
        grantAcross(reach, account, details.acrossOrganisations());
        accounts.add(account);
        audit.record(actor, "user.created", subject(username), "roles=" + roles + " organisation=" + profile.organisation().id());
        return AccountView.of(account, clock.instant());
    }

    @Transactional
    public AccountView update(String actor, String username, AccountDetails details) {
        AdministrativeReach reach = reach(actor);
        UserAccount account = reached(reach, username);
        Set<Role> roles = roles(details.roles());
        Profile profile = profile(reach, details);
        if (account.username().value().equals(actor) && !roles.contains(Role.ADMIN)) {
            throw new InvalidInput("roles", "validation.roles.keepOwnAdmin");
        }
        mayGrantAuditing(reach, account.hasRole(Role.AUDITOR), roles);
        account.update(profile, roles);
        if (details.enabled() != null) {
            if (!details.enabled() && account.username().value().equals(actor)) {
                throw new InvalidInput("enabled", "validation.enabled.notSelf");
            }
            account.setEnabled(details.enabled());
        }
        if (!roles.contains(Role.ADMIN) && account.isPlatformAdministrator()) {
            account.setPlatformAdministrator(false);
        }
        if (!roles.contains(Role.PROGRAMME_MANAGER) && account.readsAcrossOrganisations()) {
            account.setAcrossOrganisations(false);
        }
        grantPlatform(reach, account, details.platformAdministrator());
        grantAcross(reach, account, details.acrossOrganisations());
        accessChanged.fire(new AccessChanged(account.username().value()));
        audit.record(actor, "user.updated", subject(account.username()),
                "roles=" + roles + " enabled=" + account.enabled() + " organisation=" + profile.organisation().id());
        return AccountView.of(account, clock.instant());
    }

    /**
     * A one-time password for the account, returned to show the administrator once; the person
     * must replace it at their next sign-in, and every session and token of theirs ends now.
     */
    public String resetPassword(String actor, String username) {
        Username name = Username.typed(account(actor, username).username());   // within reach, or not found
        String temporary = TemporaryPassword.generate();
        self.storeReset(actor, name, hashing.hash(temporary));
        return temporary;
    }

    @Transactional
    public void storeReset(String actor, Username username, String newHash) {
        UserAccount account = reached(reach(actor), username.value());
        account.resetPassword(newHash, clock.instant());
        accessChanged.fire(new AccessChanged(account.username().value()));
        audit.record(actor, "user.passwordReset", subject(account.username()), null);
        notifier.tell(account.username().value(), org.practica.kernel.NoticeKind.PASSWORD_CHANGED, "/account.xhtml");
    }

    /** Removes a person's second factor (a lost phone): a step of its own, audited, within reach. */
    @Transactional
    public void removeSecondFactor(String actor, String username) {
        secondFactors.removeFor(actor, reached(reach(actor), username));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> accounts(String actor) {
        AdministrativeReach reach = reach(actor);
        return accounts.all().stream().filter(reach::covers).map(a -> AccountView.of(a, clock.instant())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView account(String actor, String username) {
        UserAccount account = reached(reach(actor), username);
        return AccountView.of(account, clock.instant(), secondFactors.isOn(account));
    }

    /** Whether the administrator reaches every organisation (and so may create and rename them). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean reachesEveryOrganisation(String actor) {
        return reach(actor).managesOrganisations();
    }

    @Transactional
    public OrganisationView createOrganisation(String actor, String name, String country, String kind) {
        requirePlatform(actor);
        Refusals refusals = new Refusals();
        OrganisationKind k = refusals.check(() -> kind(kind));
        Organisation organisation = refusals.check(() -> new Organisation(name, country, k, clock.instant()));
        if (organisation != null && organisations.findByName(organisation.name()).isPresent()) {
            refusals.refuse(new Conflict("name", "validation.organisation.taken"));
        }
        refusals.throwIfAny();
        organisations.add(organisation);
        audit.record(actor, "organisation.created", "organisation:" + organisation.id(), organisation.name());
        return OrganisationView.of(organisation, 0);
    }

    @Transactional
    public OrganisationView updateOrganisation(String actor, long id, String name, String country, String kind) {
        requirePlatform(actor);
        Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFound("organisation.notFound"));
        Refusals refusals = new Refusals();
        OrganisationKind k = refusals.check(() -> kind(kind));
        refusals.check(() -> organisation.describe(name, country, k));
        refusals.throwIfAny();
        organisations.findByName(organisation.name())
                .filter(other -> !other.id().equals(organisation.id()))
                .ifPresent(other -> {
                    throw new Conflict("name", "validation.organisation.taken");
                });
        audit.record(actor, "organisation.updated", "organisation:" + id, organisation.name());
        return OrganisationView.of(organisation, accounts.countInOrganisation(organisation));
    }

    /** The organisations an administrator may place accounts in: their own, or all for a platform administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationView> organisations(String actor) {
        AdministrativeReach reach = reach(actor);
        return organisations.all().stream().filter(o -> reach.mayPlaceIn(o.id()))
                .map(o -> OrganisationView.of(o, accounts.countInOrganisation(o))).toList();
    }

    private AdministrativeReach reach(String actor) {
        return accounts.find(new Username(actor)).map(AdministrativeReach::of)
                .orElseThrow(() -> new NotPermitted("admin.notAnAdministrator"));
    }

    private void requirePlatform(String actor) {
        if (!reach(actor).managesOrganisations()) {
            throw new NotPermitted("admin.platformOnly");
        }
    }

    /** An account beyond the administrator's reach is answered as if it did not exist. */
    private UserAccount reached(AdministrativeReach reach, String username) {
        return Username.ifValid(username).flatMap(accounts::find).filter(reach::covers)
                .orElseThrow(() -> new NotFound("user.notFound"));
    }

    /** Auditors read every organisation's trail: only a platform administrator makes or unmakes one. */
    private static void mayGrantAuditing(AdministrativeReach reach, boolean auditorNow, Set<Role> roles) {
        if (auditorNow != roles.contains(Role.AUDITOR) && !reach.managesOrganisations()) {
            throw new InvalidInput("roles", "validation.roles.auditorOnlyByPlatform");
        }
    }

    private static void grantPlatform(AdministrativeReach reach, UserAccount account, Boolean platform) {
        if (platform == null || platform == account.isPlatformAdministrator()) {
            return;
        }
        if (!reach.managesOrganisations()) {
            throw new InvalidInput("platformAdministrator", "validation.platformAdmin.onlyByPlatform");
        }
        if (!platform && account.username().value().equals(reach.username())) {
            throw new InvalidInput("platformAdministrator", "validation.platformAdmin.keepOwn");
        }
        account.setPlatformAdministrator(platform);
    }

    private static void grantAcross(AdministrativeReach reach, UserAccount account, Boolean across) {
        if (across == null || across == account.readsAcrossOrganisations()) {
            return;
        }
        if (!reach.managesOrganisations()) {
            throw new InvalidInput("acrossOrganisations", "validation.acrossOrganisations.onlyByPlatform");
        }
        account.setAcrossOrganisations(across);
    }

    private Profile profile(AdministrativeReach reach, AccountDetails details) {
        Refusals refusals = new Refusals();
        refusals.check(() -> Profile.displayNameOf(details.displayName()));
        refusals.check(() -> Profile.emailOf(details.email()));
        Organisation organisation = refusals.check(() -> {
            if (details.organisationId() == null) {
                throw new InvalidInput("organisationId", "validation.required");
            }
            return organisations.find(details.organisationId()).filter(o -> reach.mayPlaceIn(o.id()))
                    .orElseThrow(() -> new InvalidInput("organisationId", "validation.organisation.unknown"));
        });
        Language language = refusals.check(() -> details.language() == null || details.language().isBlank()
                ? Language.EN : Language.of(details.language()));
        refusals.throwIfAny();
        return new Profile(details.displayName(), details.email(), organisation, language);
    }

    private static Set<Role> roles(Set<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInput("roles", "validation.roles.atLeastOne");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInput("roles", "validation.roles.unknown", String.valueOf(name));
            }
        }
        return roles;
    }

    private static OrganisationKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidInput("kind", "validation.required");
        }
        try {
            return OrganisationKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "validation.organisation.kind");
        }
    }

    private static String subject(Username username) {
        return "user:" + username.value();
    }
}
