package org.practica.server.api.support;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.DatabaseTrouble;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where exceptions become HTTP answers: every error leaves as an RFC 9457 problem,
 * and no stack trace ever reaches the caller.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(InvalidInput e) {
            return e instanceof Conflict
                    ? ProblemResponses.invalid(409, "conflict", e, headers, uri)
                    : ProblemResponses.invalid(400, "invalid-input", e, headers, uri);
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(NotFound e) {
            return ProblemResponses.simple(404, "not-found", "problem.not-found", e.messageKey(), headers, uri);
        }
    }

    @Provider
    public static class NotPermittedMapper implements ExceptionMapper<NotPermitted> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(NotPermitted e) {
            return ProblemResponses.simple(403, "forbidden", "problem.forbidden", e.messageKey(), headers, uri);
        }
    }

    /** Bodies that are not JSON, or JSON of the wrong shape. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonbException e) {
            return ProblemResponses.simple(400, "malformed-body", "problem.malformed-body", "body.malformed", headers, uri);
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessingException e) {
            if (BodyTooLarge.in(e)) {
                return ProblemResponses.simple(413, "too-large", "problem.tooLarge", "body.tooLarge.any", headers, uri);
            }
            return ProblemResponses.simple(400, "malformed-body", "problem.malformed-body", "body.malformed", headers, uri);
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;
        @Context
        SecurityContext security;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (BodyTooLarge.in(e)) {
                return ProblemResponses.simple(413, "too-large", "problem.tooLarge", "body.tooLarge.any", headers, uri);
            }
            if (e instanceof ForbiddenException) {
                return security.getUserPrincipal() == null
                        ? ProblemResponses.simple(401, "unauthorized", "problem.unauthorized", "auth.required", headers, uri)
                        : ProblemResponses.simple(403, "forbidden", "problem.forbidden", "auth.forbidden", headers, uri);
            }
            if (e instanceof NotFoundException) {
                return ProblemResponses.simple(404, "not-found", "problem.not-found", "resource.notFound", headers, uri);
            }
            if (e instanceof NotAllowedException) {
                return ProblemResponses.simple(405, "method-not-allowed", "problem.method-not-allowed", "method.notAllowed", headers, uri);
            }
            if (e instanceof NotSupportedException) {
                return ProblemResponses.simple(415, "unsupported-media-type", "problem.unsupported-media-type", "body.mediaType", headers, uri);
            }
            if (e.getCause() instanceof JsonbException || e.getResponse().getStatus() == 400) {
                return ProblemResponses.simple(400, "malformed-body", "problem.malformed-body", "body.malformed", headers, uri);
            }
            int status = e.getResponse().getStatus();
            return ProblemResponses.response(Problem.of(status, "http-" + status,
                    Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                            : Response.Status.fromStatusCode(status).getReasonPhrase(), null), uri);
        }
    }

    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException e) {
            if (BodyTooLarge.in(e)) {
                return ProblemResponses.simple(413, "too-large", "problem.tooLarge", "body.tooLarge.any", headers, uri);
            }
            if (e instanceof org.practica.identity.application.HashingCapacity.HashingBusy) {
                return Response.fromResponse(ProblemResponses.simple(429, "busy", "problem.tooManyRequests", "login.busy",
                        headers, uri)).header("Retry-After", 5).build();
            }
            if (DatabaseTrouble.in(e)) {
                LOG.warning("The database could not serve " + (uri == null ? "a request" : uri.getRequestUri().getPath()) + ": " + e);
                return Response.fromResponse(ProblemResponses.simple(503, "unavailable", "problem.unavailable", "database.unavailable",
                        headers, uri)).header("Retry-After", DatabaseTrouble.RETRY_AFTER_SECONDS).build();
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return ProblemResponses.simple(500, "internal-error", "problem.internal-error", "internal.incident",
                    headers, uri, incident);
        }
    }
}
