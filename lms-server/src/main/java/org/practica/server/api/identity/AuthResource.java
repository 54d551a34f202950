package org.practica.server.api.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.OwnAccount;
import org.practica.identity.application.PrivacyNotices;
import org.practica.identity.domain.PasswordRule;
import org.practica.identity.domain.Username;
import org.practica.kernel.InvalidInput;
import org.practica.server.api.support.RequestBody;
import org.practica.server.security.AccessTokens;
import org.practica.identity.application.SignIn;
import org.practica.identity.application.SignInOutcome;
import org.practica.server.security.SigningKeys;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

@Path("/auth")
@Tag(name = "Authentication")
@RequestScoped
@PermitAll
public class AuthResource {

    @Inject
    SignIn signIn;

    @Inject
    AccessTokens tokens;

    @Inject
    SigningKeys keys;

    @Context
    HttpServletRequest http;

    @Inject
    OwnAccount ownAccount;

    @Inject
    PrivacyNotices notices;

    /** {@code expiresInSeconds} lets a client ask for a shorter-lived token than the default. */
    /**
     * {@code newPassword} replaces a one-time password (after an administrator's reset) in the
     * same call; a token is not issued for a one-time password alone.
     */
    public record TokenRequest(String username, String password, Long expiresInSeconds, String newPassword, String otp) {
    }

    /** noticeToAccept: the version of the privacy notice the person has still to accept (show GET /api/v1/notice, then
     *  POST /api/v1/me/notice-acceptances), or null. */
    public record TokenResponse(String token, String tokenType, Instant expiresAt, Integer noticeToAccept) {
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a username and password for a bearer token (a signed JWT)",
            description = "With a second factor on, send the authenticator app's code (or a recovery code) as otp "
                    + "(401 second-factor-required otherwise). After an administrator's reset the password is a one-time "
                    + "one: send the new password as newPassword in the same call (403 password-change-required otherwise).")
    public TokenResponse token(TokenRequest request) {
        RequestBody.required(request);
        require("username", request.username(), Username.MAX_LENGTH);
        require("password", request.password(), PasswordRule.MAX_LENGTH);
        Duration lifetime = null;
        if (request.expiresInSeconds() != null) {
            if (request.expiresInSeconds() < 1 || request.expiresInSeconds() > tokens.maximumLifetime().toSeconds()) {
                throw new InvalidInput("expiresInSeconds", "validation.range", 1, tokens.maximumLifetime().toSeconds());
            }
            lifetime = Duration.ofSeconds(request.expiresInSeconds());
        }
        SignInOutcome outcome = signIn.attempt(request.username(), request.password(), http.getRemoteAddr());
        if (outcome.needsSecondFactor()) {
            if (request.otp() == null || request.otp().isBlank()) {
                throw SignInIncomplete.secondFactor();
            }
            outcome = signIn.secondStep(outcome, request.otp(), http.getRemoteAddr());
        }
        if (!outcome.isAccepted()) {
            throw new SignInRefused(outcome);
        }
        if (outcome.mustEnrolSecondFactor()) {
            throw SignInIncomplete.secondFactorEnrolment();
        }
        int stamp = outcome.accessStamp();
        if (outcome.mustChangePassword()) {
            if (request.newPassword() == null || request.newPassword().isEmpty()) {
                throw SignInIncomplete.passwordChange();
            }
            stamp = ownAccount.changePassword(outcome.username(), request.password(), request.newPassword());
        }
        AccessTokens.Issued issued = tokens.issue(outcome.username(), outcome.roles(), stamp, lifetime);
        java.util.OptionalInt pending = notices.pendingFor(outcome.username());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt(), pending.isPresent() ? pending.getAsInt() : null);
    }

    @GET
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Public keys that verify Practica's tokens (JSON Web Key Set)")
    public Map<String, Object> jwks() {
        return keys.publicKeys().toJSONObject(true);
    }

    private static void require(String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInput(field, "validation.required");
        }
        if (value.length() > maxLength) {
            throw new InvalidInput(field, "validation.tooLong", maxLength);
        }
    }
}
