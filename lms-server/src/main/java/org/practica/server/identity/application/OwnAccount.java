package org.practica.server.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.server.audit.AuditTrail;
import org.practica.kernel.InvalidInput;
import org.practica.server.identity.domain.Language;
import org.practica.kernel.NotFound;
import org.practica.server.identity.domain.PasswordRule;
import org.practica.server.identity.domain.UserAccount;
import org.practica.server.identity.domain.UserAccountRepository;
import org.practica.server.identity.domain.Username;
import org.practica.server.security.PasswordHashing;

import java.time.Clock;

/** What a signed-in person does with their own account. */
@ApplicationScoped
public class OwnAccount {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView view(String username) {
        return AccountView.of(mine(username), clock.instant());
    }

    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        UserAccount account = mine(username);
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new InvalidInput("currentPassword", "validation.required");
        }
        if (!hashing.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInput("currentPassword", "validation.password.currentWrong");
        }
        PasswordRule.check("newPassword", newPassword, account.username());
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInput("newPassword", "validation.password.unchanged");
        }
        account.changePassword(hashing.hash(newPassword), clock.instant());
        audit.record(username, "user.passwordChanged", "user:" + username, null);
    }

    @Transactional
    public void chooseLanguage(String username, String languageCode) {
        mine(username).chooseLanguage(Language.of(languageCode));
    }

    private UserAccount mine(String username) {
        return accounts.find(new Username(username)).orElseThrow(() -> new NotFound("user.notFound"));
    }
}
