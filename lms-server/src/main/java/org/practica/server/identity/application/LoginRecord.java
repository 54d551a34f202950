package org.practica.server.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.server.audit.AuditTrail;
import org.practica.server.identity.domain.LockoutPolicy;
import org.practica.server.identity.domain.UserAccount;
import org.practica.server.identity.domain.UserAccountRepository;
import org.practica.server.identity.domain.Username;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Keeps count of sign-in outcomes per account and applies the lockout rule. */
@ApplicationScoped
public class LoginRecord {

    public enum State { UNKNOWN, OPEN, LOCKED }

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "practica.lockout.threshold", defaultValue = "5")
    int threshold;

    @Inject
    @ConfigProperty(name = "practica.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public State stateOf(Username username) {
        Optional<UserAccount> account = accounts.find(username);
        if (account.isEmpty() || !account.get().enabled()) {
            return account.isEmpty() ? State.UNKNOWN : State.OPEN;
        }
        return account.get().isLocked(clock.instant()) ? State.LOCKED : State.OPEN;
    }

    @Transactional
    public State record(Username username, boolean passwordWasRight) {
        UserAccount account = accounts.find(username).orElseThrow();
        if (passwordWasRight) {
            account.recordSuccessfulLogin();
            return State.OPEN;
        }
        account.recordFailedLogin(clock.instant(), new LockoutPolicy(threshold, Duration.ofMinutes(lockMinutes)));
        if (account.isLocked(clock.instant())) {
            audit.record(username.value(), "account.locked", "user:" + username.value(),
                    "locked for " + lockMinutes + " minutes after " + threshold + " wrong passwords");
            return State.LOCKED;
        }
        return State.OPEN;
    }
}
