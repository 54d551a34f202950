package org.practica.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.practica.server.identity.application.LoginRecord;
import org.practica.kernel.InvalidInput;
import org.practica.server.identity.domain.Username;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a username and password against the identity store, refusing locked accounts before
 * looking at the password, and counting the outcome towards the lockout rule. Used by the login
 * page and the token endpoint alike.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    LoginRecord loginRecord;

    @Inject
    PasswordHashing hashing;

    public SignInOutcome attempt(String typedUsername, String password) {
        Optional<Username> username = parse(typedUsername);
        if (username.isEmpty() || password == null || password.isEmpty()) {
            hashing.spendTimeOfOneCheck(password);
            return SignInOutcome.rejected();
        }
        LoginRecord.State state = loginRecord.stateOf(username.get());
        if (state == LoginRecord.State.UNKNOWN) {
            hashing.spendTimeOfOneCheck(password);
            return SignInOutcome.rejected();
        }
        if (state == LoginRecord.State.LOCKED) {
            return SignInOutcome.locked();
        }
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(username.get().value(), password));
        boolean valid = result.getStatus() == CredentialValidationResult.Status.VALID;
        try {
            LoginRecord.State after = loginRecord.record(username.get(), valid);
            if (!valid) {
                return after == LoginRecord.State.LOCKED ? SignInOutcome.locked() : SignInOutcome.rejected();
            }
        } catch (RuntimeException concurrentUpdate) {
            // another attempt on the same account committed first; this one counts as failed
            LOG.fine("Concurrent sign-in attempts on one account");
            return SignInOutcome.rejected();
        }
        return SignInOutcome.accepted(result.getCallerPrincipal().getName(), result.getCallerGroups());
    }

    private static Optional<Username> parse(String typed) {
        try {
            return Optional.of(Username.typed(typed));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }
}
