package org.practica.server.api.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.MailSettings;

/**
 * The address in every e-mail's List-Unsubscribe header: a mail program posts
 * {@code List-Unsubscribe=One-Click} to it (RFC 8058) and that kind of e-mail stops, without
 * signing in. The token in it allows nothing else. Only POST changes anything: mail scanners
 * open links with GET.
 */
@Path("/mail/unsubscribe")
@Tag(name = "Notifications")
@RequestScoped
@PermitAll
public class UnsubscribeResource {

    @Inject
    MailSettings settings;

    public record Unsubscribed(String kind, String delivery) {
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One-click unsubscribe (RFC 8058) from one kind of e-mail (k), or from the daily digest (k=DIGEST); t is the e-mail's token")
    public Unsubscribed unsubscribe(@QueryParam("t") String token, @QueryParam("k") String kind) {
        return new Unsubscribed(settings.unsubscribe(token, kind), "IN_APP");
    }
}
