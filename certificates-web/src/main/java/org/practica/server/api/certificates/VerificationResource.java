package org.practica.server.api.certificates;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.certificates.application.Verification;
import org.practica.certificates.application.VerificationView;

/** Public verification of a certificate by its code: no sign-in. */
@Path("/certificates/verify")
@Tag(name = "Certificates")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    Verification verification;

    @GET
    @Path("/{code}")
    @Operation(summary = "Status (VALID, EXPIRED or REVOKED), programme, body, dates and the holder's name as far as the holder "
            + "allows; 404 for a code that does not exist, whatever its form")
    public VerificationView verify(@PathParam("code") String code) {
        return verification.verify(code);
    }
}
