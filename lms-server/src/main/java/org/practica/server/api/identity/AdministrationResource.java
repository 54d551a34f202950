package org.practica.server.api.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.AccountDetails;
import org.practica.identity.application.AccountView;
import org.practica.identity.application.OrganisationView;
import org.practica.identity.application.PrivacyNotices;
import org.practica.identity.application.Erasures;
import org.practica.identity.application.RetentionRuns;
import org.practica.identity.domain.RetentionRules;
import org.practica.identity.application.SupportResources;
import org.practica.identity.application.UserAdministration;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

import java.util.List;

@Path("/admin")
@Tag(name = "Administration")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AdministrationResource {

    @Inject
    Erasures erasures;

    @Inject
    UserAdministration administration;

    @Inject
    SupportResources support;

    @Inject
    PrivacyNotices notices;

    @Inject
    RetentionRuns retention;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** Shown once to the administrator, who hands it over; the person must replace it at their next sign-in. */
    public record TemporaryPassword(String temporaryPassword, boolean mustChangeAtNextSignIn) {
    }

    public record OrganisationDetails(String name, String country, String kind) {
    }

    /** Both texts of a new notice version, each a map from interface language to plain text. */
    public record NoticeTexts(java.util.Map<String, String> privacy, java.util.Map<String, String> terms) {
    }

    /** Years to keep, each null for ever. */
    public record RetentionChoice(Integer mentoringTextYears, Integer inactiveAccountYears) {
    }

    @GET
    @Path("/organisations/{id}/retention")
    @Operation(summary = "An organisation's retention rules: years mentoring texts are kept after a relationship ends, years "
            + "of disuse before an account is flagged inactive (null: for ever); sign-ins are kept 12 months everywhere")
    public RetentionRules retentionRules(@PathParam("id") long id) {
        return retention.rules(actor(), id);
    }

    @PUT
    @Path("/organisations/{id}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an organisation's retention rules (1 to 50 years each, or null); audited")
    public RetentionRules keepRetention(@PathParam("id") long id, RetentionChoice choice) {
        RetentionChoice c = RequestBody.required(choice);
        return retention.keep(actor(), id, new RetentionRules(c.mentoringTextYears(), c.inactiveAccountYears()));
    }

    @GET
    @Path("/organisations/{id}/retention-runs")
    @Operation(summary = "The organisation's latest retention runs, newest first")
    public List<RetentionRuns.RunView> retentionRuns(@PathParam("id") long id) {
        return retention.runsOf(actor(), id);
    }

    @POST
    @Path("/organisations/{id}/retention-runs")
    @Operation(summary = "Review what the rules would remove now (a dry run): every record listed by kind and id, none removed")
    public Response reviewRetention(@PathParam("id") long id) {
        RetentionRuns.RunView run = retention.review(actor(), id);
        return Response.created(uri.getBaseUriBuilder().path("admin/retention-runs/" + run.id()).build()).entity(run).build();
    }

    @GET
    @Path("/retention-runs/{id}")
    @Operation(summary = "A retention run: what it lists by kind, its status and how far its application got")
    public RetentionRuns.RunView retentionRun(@PathParam("id") long id) {
        return retention.run(actor(), id);
    }

    @GET
    @Path("/retention-runs/{id}/items")
    @Operation(summary = "What a run lists, in order: kind (MENTORING_TEXT: a session's texts, INACTIVE_ACCOUNT, SIGN_IN) "
            + "and id, in chunks of up to 1,000; the chunks after the chunk 'after', at most max chunks (default 10, at most 100)")
    public List<RetentionRuns.ItemView> retentionItems(@PathParam("id") long id, @QueryParam("after") int after,
                                                      @QueryParam("max") @DefaultValue("10") int max) {
        return retention.items(actor(), id, after, max);
    }

    @POST
    @Path("/retention-runs/{id}/application")
    @Operation(summary = "Approve the latest review (less than a day old) and apply exactly what it lists, in the background; "
            + "202, then poll the run; 409 for a review that is stale or superseded")
    public Response applyRetention(@PathParam("id") long id) {
        return Response.accepted(retention.apply(actor(), id)).build();
    }

    @GET
    @Path("/erasure-requests")
    @Operation(summary = "Erasure requests awaiting a decision, oldest first, of the administrator's organisation (every one for a platform administrator)")
    public List<Erasures.WaitingErasure> erasureRequests() {
        return erasures.waiting(actor());
    }

    @POST
    @Path("/erasure-requests/{id}/approval")
    @Operation(summary = "Approve an erasure request and erase the person at once, in one transaction; audited",
            description = "Not one's own request. The answer counts the rows each part changed; the account is then named by its pseudonym.")
    public Erasures.ErasureOutcome approveErasure(@PathParam("id") long id) {
        return erasures.approve(actor(), id);
    }

    @POST
    @Path("/erasure-requests/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse an erasure request with the reason the person will read (required, at most 1,000 characters); audited")
    public Erasures.ErasureView refuseErasure(@PathParam("id") long id, ErasureRefusal refusal) {
        return erasures.refuse(actor(), id, RequestBody.required(refusal).reason());
    }

    /** Why an erasure is refused, e.g. a legal duty to keep supervision records for some years. */
    public record ErasureRefusal(String reason) {
    }

    @POST
    @Path("/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of the privacy notice and terms (platform administrators)",
            description = "Both texts are required in every interface language. Everyone is asked to accept the new version "
                    + "at their next sign-in; a published version never changes.")
    public Response publishNotice(NoticeTexts texts) {
        NoticeTexts t = RequestBody.required(texts);
        PrivacyNotices.NoticeView published = notices.publish(actor(), t.privacy(), t.terms());
        return Response.created(uri.getBaseUriBuilder().path("notice").build()).entity(published).build();
    }

    @GET
    @Path("/users")
    @Operation(summary = "The accounts within the caller's reach: their organisation's, or all for a platform administrator")
    public List<AccountView> users() {
        return administration.accounts(actor());
    }

    @GET
    @Path("/users/{username}")
    @Operation(summary = "One account within the caller's reach (others are not found)")
    public AccountView user(@PathParam("username") String username) {
        return administration.account(actor(), username);
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
    @Operation(summary = "Reset an account's password to a one-time password, returned here once",
            description = "Every session and token of the account ends; the person must choose a new password at their "
                    + "next sign-in. A second sign-in factor is not removed.")
    public TemporaryPassword resetPassword(@PathParam("username") String username) {
        return new TemporaryPassword(administration.resetPassword(actor(), username), true);
    }

    @DELETE
    @Path("/users/{username}/second-factor")
    @Operation(summary = "Remove an account's second sign-in factor (a lost phone); audited, ends the account's sessions")
    public Response removeSecondFactor(@PathParam("username") String username) {
        administration.removeSecondFactor(actor(), username);
        return Response.noContent().build();
    }

    @GET
    @Path("/organisations")
    @Operation(summary = "The organisations the caller may place accounts in")
    public List<OrganisationView> organisations() {
        return administration.organisations(actor());
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

    /** Support resources in as many content languages as written, e.g. {"texts": {"en": "...", "ru": "..."}}. */
    public record SupportTexts(java.util.Map<String, String> texts) {
    }

    @GET
    @Path("/organisations/{id}/support-resources")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where the organisation's people can turn when a lesson is hard going, per language")
    public SupportTexts supportResources(@PathParam("id") long id) {
        return new SupportTexts(support.of(actor(), id));
    }

    @PUT
    @Path("/organisations/{id}/support-resources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the organisation's support resources; every text blank removes them")
    public SupportTexts offerSupport(@PathParam("id") long id, SupportTexts texts) {
        return new SupportTexts(support.offer(actor(), id, RequestBody.required(texts).texts()));
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
