package org.practica.server.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.server.identity.application.AccountDetails;
import org.practica.server.identity.application.AccountView;
import org.practica.server.identity.application.OrganisationView;
import org.practica.server.identity.application.UserAdministration;
import org.practica.kernel.Role;

import java.util.List;

@Path("/admin")
@Tag(name = "Administration")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AdministrationResource {

    @Inject
    UserAdministration administration;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    public record NewPassword(String password) {
    }

    public record OrganisationDetails(String name, String country, String kind) {
    }

    @GET
    @Path("/users")
    @Operation(summary = "All accounts")
    public List<AccountView> users() {
        return administration.accounts();
    }

    @GET
    @Path("/users/{username}")
    public AccountView user(@PathParam("username") String username) {
        return administration.account(username);
    }

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account")
    public Response createUser(AccountDetails details) {
        AccountView created = administration.create(actor(), RequestBody.required(details));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("/users/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an account's profile, roles, organisation or status")
    public AccountView updateUser(@PathParam("username") String username, AccountDetails details) {
        return administration.update(actor(), username, RequestBody.required(details));
    }

    @POST
    @Path("/users/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password for an account (also lifts a lockout)")
    public Response resetPassword(@PathParam("username") String username, NewPassword password) {
        administration.resetPassword(actor(), username, RequestBody.required(password).password());
        return Response.noContent().build();
    }

    @GET
    @Path("/organisations")
    public List<OrganisationView> organisations() {
        return administration.organisations();
    }

    @POST
    @Path("/organisations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOrganisation(OrganisationDetails details) {
        OrganisationDetails d = RequestBody.required(details);
        OrganisationView created = administration.createOrganisation(actor(), d.name(), d.country(), d.kind());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/organisations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationView updateOrganisation(@PathParam("id") long id, OrganisationDetails details) {
        OrganisationDetails d = RequestBody.required(details);
        return administration.updateOrganisation(actor(), id, d.name(), d.country(), d.kind());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

}
