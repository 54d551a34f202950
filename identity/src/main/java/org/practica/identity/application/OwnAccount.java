package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.application.PasswordHashing;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.AccessChanged;
import org.practica.identity.domain.Language;
import org.practica.identity.domain.PasswordRule;
import org.practica.identity.domain.StoredCredentials;
import org.practica.identity.domain.TimeZoneChoice;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;

import java.time.Clock;
import java.util.List;

/** What a signed-in person does with their own account. */
@ApplicationScoped
public class OwnAccount {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    OwnAccount self;

    @Inject
    Event<AccessChanged> accessChanged;

    @Inject
    Clock clock;

    @Inject
    org.practica.kernel.Notifier notifier;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView view(String username) {
        return AccountView.of(mine(username), clock.instant());
    }

    /**
     * Checks the current password and stores the new one; both hashes run before the transaction
     * opens. Every other session and token of the account ends; the caller's own session carries
     * on with the new access stamp returned here.
     */
    public int changePassword(String username, String currentPassword, String newPassword) {
        Username name = new Username(username);
        StoredCredentials stored = accounts.credentials(name).orElseThrow(() -> new NotFound("user.notFound"));
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new InvalidInput("currentPassword", "validation.required");
        }
        if (!hashing.matches(currentPassword, stored.passwordHash())) {
            throw new InvalidInput("currentPassword", "validation.password.currentWrong");
        }
        PasswordRule.check("newPassword", newPassword, name);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInput("newPassword", "validation.password.unchanged");
        }
        return self.storePassword(name, stored.passwordHash(), hashing.hash(newPassword));
    }

    @Transactional
    public int storePassword(Username username, String checkedHash, String newHash) {
        UserAccount account = mine(username.value());
        if (!account.passwordHash().equals(checkedHash)) {
            // changed by someone else between the check and now: the current password is no longer the one checked
            throw new InvalidInput("currentPassword", "validation.password.currentWrong");
        }
        account.changePassword(newHash, clock.instant());
        accessChanged.fire(new AccessChanged(username.value()));
        audit.record(username.value(), "user.passwordChanged", "user:" + username.value(), null);
        notifier.tell(username.value(), org.practica.kernel.NoticeKind.PASSWORD_CHANGED, "/account.xhtml");
        return account.accessStamp();
    }

    /** What happened to one's own account and who did it: resets, changes of roles or password, creation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountEvent> history(String username) {
        return audit.aboutAccount(username, 30).stream()
                .filter(e -> e.action().startsWith("user."))
                .map(e -> new AccountEvent(e.at(), e.action(), e.actor().startsWith("user:") ? e.actor().substring(5) : e.actor()))
                .toList();
    }

    /** One line of an account's history; the action is a key such as user.passwordReset. */
    public record AccountEvent(java.time.Instant at, String action, String by) {
    }

    @Transactional
    public void chooseLanguage(String username, String languageCode) {
        mine(username).chooseLanguage(Language.of(languageCode));
    }

    /** The zone the person chose on their account page. */
    @Transactional
    public void chooseTimeZone(String username, String zoneId) {
        mine(username).chooseTimeZone(TimeZoneChoice.of("timeZone", zoneId));
    }

    /** Data saver: images in lessons wait for a tap instead of loading with the page. */
    @Transactional
    public void chooseDataSaver(String username, boolean on) {
        mine(username).chooseDataSaver(on);
    }

    /** The browser's zone at sign-in, kept only while the person has none: a guess never overrides a choice. */
    @Transactional
    public void guessTimeZone(String username, String zoneId) {
        UserAccount account = mine(username);
        if (account.timeZone().isEmpty() && TimeZoneChoice.isOffered(zoneId)) {
            account.chooseTimeZone(java.time.ZoneId.of(zoneId));
        }
    }

    private UserAccount mine(String username) {
        return accounts.find(new Username(username)).orElseThrow(() -> new NotFound("user.notFound"));
    }
}
