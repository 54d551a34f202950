package org.practica.server.api.identity;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.practica.kernel.InvalidInput;
import org.practica.server.api.support.ProblemResponses;

/**
 * The password was right but a token cannot be issued yet, and the problem names the field to
 * send: a code from the authenticator app (401, otp), a new password in place of a one-time one
 * (403, newPassword), or a second factor to set up first, in the browser (403).
 */
public class SignInIncomplete extends RuntimeException {

    private final int status;
    private final String slug;
    private final String field;
    private final String messageKey;

    private SignInIncomplete(int status, String slug, String field, String messageKey) {
        super(slug);
        this.status = status;
        this.slug = slug;
        this.field = field;
        this.messageKey = messageKey;
    }

    static SignInIncomplete secondFactor() {
        return new SignInIncomplete(401, "second-factor-required", "otp", "login.secondFactor");
    }

    static SignInIncomplete passwordChange() {
        return new SignInIncomplete(403, "password-change-required", "newPassword", "account.password.mustChange");
    }

    static SignInIncomplete secondFactorEnrolment() {
        return new SignInIncomplete(403, "second-factor-enrolment-required", "otp", "secondFactor.mustEnrol");
    }

    @Provider
    public static class Mapper implements ExceptionMapper<SignInIncomplete> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(SignInIncomplete e) {
            return ProblemResponses.invalid(e.status, e.slug, new InvalidInput(e.field, e.messageKey), headers, uri);
        }
    }
}
