package org.practica.server.api.identity;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.practica.server.api.support.ProblemResponses;
import org.practica.identity.application.SignInOutcome;

/**
 * A wrong password, an unknown user or a disabled account (401, without telling which), or an
 * attempt made too soon after failures or while hashing is saturated (429 with Retry-After).
 */
public class SignInRefused extends RuntimeException {

    private final transient SignInOutcome outcome;

    public SignInRefused(SignInOutcome outcome) {
        super(outcome.messageKey());
        this.outcome = outcome;
    }

    @Provider
    public static class Mapper implements ExceptionMapper<SignInRefused> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(SignInRefused e) {
            if (e.outcome.result() == SignInOutcome.Result.THROTTLED) {
                Response tooSoon = ProblemResponses.simple(429, "too-many-sign-ins", "problem.tooManyRequests",
                        e.outcome.messageKey(), headers, uri, e.outcome.retryAfterSeconds());
                return Response.fromResponse(tooSoon).header("Retry-After", e.outcome.retryAfterSeconds()).build();
            }
            return ProblemResponses.simple(401, "sign-in-failed", "problem.unauthorized", e.outcome.messageKey(), headers, uri);
        }
    }
}
