package org.practica.server.api.certificates;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.certificates.infrastructure.documents.IssuerKeys;

/** The public keys that sign certificate PDFs and credentials, for anyone who checks them: no sign-in. */
@Path("/certificates/issuer-keys")
@Tag(name = "Certificates")
@RequestScoped
@PermitAll
public class IssuerKeysResource {

    @Inject
    IssuerKeys keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signing keys as a JSON Web Key Set, newest first; credentials name theirs by kid")
    public Response jwks() {
        return Response.ok(keys.publicKeys().toString(), MediaType.APPLICATION_JSON).header("Cache-Control", "public, max-age=3600").build();
    }

    @GET
    @Path("/certificates.pem")
    @Produces("application/x-pem-file")
    @Operation(summary = "The X.509 certificates that sign certificate PDFs, as PEM, newest first")
    public Response pem() {
        return Response.ok(keys.certificatesPem(), "application/x-pem-file").header("Cache-Control", "public, max-age=3600").build();
    }
}
