package org.practica.server.api.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.PrivacyNotices;
import org.practica.kernel.NotFound;

/** The installation's privacy notice and terms, open to everyone, as the sign-in page links them. */
@Path("/notice")
@Tag(name = "Privacy")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    PrivacyNotices notices;

    @GET
    @Operation(summary = "The current privacy notice and terms, in every language written (404 while none is published)")
    public PrivacyNotices.NoticeView current() {
        return notices.current().orElseThrow(() -> new NotFound("notice.none"));
    }
}
