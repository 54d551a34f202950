package org.practica.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in to Practica, with their roles and organisation.
 *
 * <p>Life cycle: created by an administrator (or provisioned at installation) with a hashed
 * password; the person signs in, may change their password, language and time zone (guessed from
 * the browser at the first sign-in); an administrator may
 * edit, disable, re-enable the account or reset its password. Each change to what the account may
 * do (enabled, roles, password) moves its access stamp, which ends every token and session issued
 * before. Accounts are disabled, never deleted, so that what a person did stays attributable; an
 * approved erasure request empties the account of the person instead ({@link #erase}).
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    public static final int DISPLAY_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Username.MAX_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    /** Images wait for a tap, for people who pay for every megabyte. */
    @Column(name = "data_saver", nullable = false)
    private boolean dataSaver;

    /** When the retention rules found the account unused for their years; cleared by its next sign-in. */
    @Column(name = "inactive_since")
    private Instant inactiveSince;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "access_stamp", nullable = false)
    private int accessStamp;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdministrator;

    @Column(name = "across_organisations", nullable = false)
    private boolean acrossOrganisations;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(Username username, Profile profile, Set<Role> roles, String passwordHash, Instant now) {
        this.username = username.value();
        this.enabled = true;
        this.createdAt = now;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        update(profile, roles);
    }

    /** What an administrator edits. */
    public void update(Profile profile, Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInput("roles", "validation.roles.atLeastOne");
        }
        this.displayName = profile.displayName();
        this.email = profile.email();
        this.organisation = profile.organisation();
        this.language = profile.language().code();
        if (!roles.equals(newRoles)) {
            endEarlierAccess();
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void setEnabled(boolean enabled) {
        if (this.enabled != enabled) {
            endEarlierAccess();
        }
        this.enabled = enabled;
    }

    public void chooseLanguage(Language language) {
        this.language = language.code();
    }

    public void chooseTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public void chooseDataSaver(boolean on) {
        this.dataSaver = on;
    }

    public boolean dataSaver() {
        return dataSaver;
    }

    /** A new password, chosen by the person: ends every token and session issued under the old one. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
        endEarlierAccess();
    }

    /**
     * An administrator's reset: a one-time password that the person must replace at their next
     * sign-in, so that the administrator never knows the password in use. A second factor stays.
     */
    public void resetPassword(String temporaryHash, Instant now) {
        changePassword(temporaryHash, now);
        this.mustChangePassword = true;
    }

    /** The password it was created with is a one-time one (the first administrator's, generated). */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** Reach over every organisation's accounts; only a platform administrator may grant or take it. */
    public void setPlatformAdministrator(boolean platform) {
        if (platform && !roles.contains(Role.ADMIN)) {
            throw new InvalidInput("platformAdministrator", "validation.platformAdmin.needsAdmin");
        }
        if (platformAdministrator != platform) {
            endEarlierAccess();
        }
        this.platformAdministrator = platform;
    }

    public boolean isPlatformAdministrator() {
        return platformAdministrator && roles.contains(Role.ADMIN);
    }

    /** A programme manager of a national programme reads every organisation's indicators; only a platform administrator allows it. */
    public void setAcrossOrganisations(boolean across) {
        if (across && !roles.contains(Role.PROGRAMME_MANAGER)) {
            throw new InvalidInput("acrossOrganisations", "validation.acrossOrganisations.needsManager");
        }
        if (acrossOrganisations != across) {
            endEarlierAccess();
        }
        this.acrossOrganisations = across;
    }

    public boolean readsAcrossOrganisations() {
        return acrossOrganisations && roles.contains(Role.PROGRAMME_MANAGER);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * Erasure: the account stays, so that what was done stays countable and the audit trail's
     * references resolve, but nothing of the person is left in it. It can never be used again:
     * no password matches an unusable hash, and it is disabled.
     */
    public void erase(String pseudonym) {
        this.username = pseudonym;
        this.displayName = pseudonym;
        this.email = null;
        this.passwordHash = "erased";
        this.timeZone = null;
        this.inactiveSince = null;
        this.enabled = false;
        this.platformAdministrator = false;
        this.acrossOrganisations = false;
        this.mustChangePassword = false;
        endEarlierAccess();
    }

    public boolean erased() {
        return Username.isPseudonym(username);
    }

    private void endEarlierAccess() {
        accessStamp++;
    }

    /** After a change to how the person signs in (a second factor removed): whatever was issued before ends. */
    public void endAccessAfterSecurityChange() {
        endEarlierAccess();
    }

    /** The stamp that tokens and sessions must carry to be honoured. */
    public int accessStamp() {
        return accessStamp;
    }

    public Long id() {
        return id;
    }

    public Username username() {
        return new Username(username);
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Language language() {
        return Language.of(language);
    }

    /** Empty until the person's browser or the person has said. */
    public Instant inactiveSince() {
        return inactiveSince;
    }

    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
