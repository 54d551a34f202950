package org.practica.server.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.practica.server.security.SignInOutcome;

/** A wrong password, an unknown user or a locked account, answered without telling which of the first two. */
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
            boolean locked = e.outcome.result() == SignInOutcome.Result.LOCKED;
            return ProblemResponses.simple(401, locked ? "account-locked" : "sign-in-failed",
                    "problem.unauthorized", e.outcome.messageKey(), headers, uri);
        }
    }
}
