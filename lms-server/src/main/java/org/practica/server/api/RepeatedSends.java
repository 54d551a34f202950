package org.practica.server.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.practica.server.api.support.Problem;
import org.practica.server.api.support.Replayable;
import org.practica.server.web.support.Messages;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Carries out a {@link Replayable} action once per {@code Idempotency-Key}: the first send claims
 * the key, runs, and its answer (status and body, as written) is kept; a later send with the same
 * key gets that answer again, marked {@code Idempotent-Replayed: true}, while a send arriving as the
 * first is still running is told to try again shortly (409). A key reused for another action is
 * refused (422). Requests without the header behave as before.
 */
@Provider
@Replayable
@Priority(Priorities.USER)
public class RepeatedSends implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = RepeatedSends.class.getName() + ".claim";
    private static final String STATUS = RepeatedSends.class.getName() + ".status";
    /** A random identifier of up to 64 letters, digits, dashes or underscores (a UUID fits). */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Inject
    FirstAnswers answers;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(Replayable.HEADER);
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (key == null || caller == null) {
            return;
        }
        Locale locale = Messages.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (!KEY.matcher(key).matches()) {
            request.abortWith(problem(Problem.invalid(400, "invalid-input", Messages.get(locale, "problem.invalid-input"),
                    List.of(new Problem.FieldError(Replayable.HEADER, Messages.get(locale, "replay.key.format"))))));
            return;
        }
        String action = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath();
        FirstAnswers.Claim claim = answers.claim(caller.getName(), key, action);
        if (claim instanceof FirstAnswers.Ours ours) {
            request.setProperty(CLAIM, ours);
        } else if (claim instanceof FirstAnswers.Answered answered && !answered.request().equals(action)) {
            request.abortWith(problem(Problem.invalid(422, "invalid-input", Messages.get(locale, "problem.invalid-input"),
                    List.of(new Problem.FieldError(Replayable.HEADER, Messages.get(locale, "replay.key.reused"))))));
        } else if (claim instanceof FirstAnswers.Answered answered) {
            Response.ResponseBuilder again = Response.status(answered.status()).header(REPLAYED, "true");
            if (answered.body() != null) {
                again.type(answered.contentType()).entity(answered.body());
            }
            request.abortWith(again.build());
        } else {
            request.abortWith(problem(Problem.of(409, "in-progress", Messages.get(locale, "replay.busy.title"),
                    Messages.get(locale, "replay.busy"))));
        }
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof FirstAnswers.Ours claim)) {
            return;
        }
        int status = response.getStatus();
        if (status >= 500) {
            answers.release(claim);
        } else if (!response.hasEntity()) {
            answers.answer(claim, status, null, null);
        } else {
            // the body is kept as it is written, by aroundWriteTo
            request.setProperty(STATUS, status);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(CLAIM) instanceof FirstAnswers.Ours claim) || !(context.getProperty(STATUS) instanceof Integer status)) {
            context.proceed();
            return;
        }
        Copy copy = new Copy(context.getOutputStream());
        context.setOutputStream(copy);
        context.proceed();
        answers.answer(claim, status, context.getMediaType() == null ? null : context.getMediaType().toString(), copy.kept());
    }

    /** Passes the body on and keeps the first {@link FirstAnswers#MAX_BODY} bytes of it, and one more. */
    private static final class Copy extends FilterOutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        Copy(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (kept.size() <= FirstAnswers.MAX_BODY) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            int room = FirstAnswers.MAX_BODY + 1 - kept.size();
            if (room > 0) {
                kept.write(b, off, Math.min(room, len));
            }
        }

        byte[] kept() {
            return kept.toByteArray();
        }
    }
}
