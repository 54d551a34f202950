package org.practica.server.api.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.AccountView;
import org.practica.identity.application.DataExports;
import org.practica.identity.application.OwnAccount;
import org.practica.identity.application.PrivacyNotices;
import org.practica.identity.application.SecondFactors;
import org.practica.identity.application.SupportResources;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

import java.util.List;
import java.util.Set;

@Path("/me")
@Tag(name = "My account")
@RequestScoped
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME,
        Role.PROGRAMME_MANAGER_NAME})
public class MeResource {

    @Inject
    OwnAccount ownAccount;

    @Inject
    SecondFactors secondFactors;

    @Inject
    SupportResources support;

    @Inject
    PrivacyNotices notices;

    @Inject
    DataExports exports;

    @Inject
    org.practica.identity.application.Erasures erasures;

    @Inject
    org.practica.identity.application.Inbox inbox;

    @Inject
    org.practica.identity.application.Caller actor;

    @Inject
    org.practica.identity.application.MailSettings mailSettings;

    @Context
    SecurityContext security;

    /** timeZone: an IANA zone id, or null while neither the browser nor the person has given one (times are then UTC). */
    public record Me(String username, String displayName, Set<String> roles, Organisation organisation, String language,
                     String timeZone) {
    }

    public record Organisation(long id, String name) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record LanguageChoice(String language) {
    }

    public record TimeZoneChoice(String timeZone) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who the caller is: username, roles, organisation, language and time zone")
    public Me me() {
        AccountView view = ownAccount.view(caller());
        return new Me(view.username(), view.displayName(), view.roles(),
                new Organisation(view.organisationId(), view.organisationName()), view.language(),
                view.timeZone());
    }

    @GET
    @Path("/support-resources")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where the caller can turn when a lesson is hard going, from their organisation, in their language where written; 204 when none")
    public jakarta.ws.rs.core.Response supportResources() {
        return support.forPerson(caller(), ownAccount.view(caller()).language()).map(o -> jakarta.ws.rs.core.Response.ok(o).build())
                .orElse(jakarta.ws.rs.core.Response.noContent().build());
    }

    @GET
    @Path("/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What has been done to the caller's account and by whom (creation, changes, password resets)")
    public java.util.List<org.practica.identity.application.OwnAccount.AccountEvent> history() {
        return ownAccount.history(caller());
    }

    /** A code from the authenticator app, or a recovery code. */
    public record Code(String code) {
    }

    public record RecoveryCodes(java.util.List<String> recoveryCodes) {
    }

    @GET
    @Path("/second-factor")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the caller may use, has begun or uses a second sign-in factor, and how many recovery codes are left")
    public SecondFactors.Status secondFactor() {
        return secondFactors.status(caller());
    }

    @POST
    @Path("/second-factor")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Begin setting up a second factor (staff): the secret and its otpauth address, for any authenticator app")
    public SecondFactors.Enrolment beginSecondFactor() {
        return secondFactors.begin(caller());
    }

    @POST
    @Path("/second-factor/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the second factor in force with the app's first code; returns ten recovery codes, once")
    public RecoveryCodes confirmSecondFactor(Code code) {
        return new RecoveryCodes(secondFactors.confirm(caller(), RequestBody.required(code).code()));
    }

    @POST
    @Path("/second-factor/off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn the second factor off, with a current code or a recovery code")
    public Response turnOffSecondFactor(Code code) {
        secondFactors.turnOff(caller(), RequestBody.required(code).code());
        return Response.noContent().build();
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's own password", description = "Ends every token and web session of the account, this token included: request a new one.")
    public Response changePassword(PasswordChange change) {
        RequestBody.required(change);
        ownAccount.changePassword(caller(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @PUT
    @Path("/language")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the language of the user interface")
    public Response chooseLanguage(LanguageChoice choice) {
        RequestBody.required(choice);
        ownAccount.chooseLanguage(caller(), choice.language());
        return Response.noContent().build();
    }

    @PUT
    @Path("/time-zone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the time zone dates and times are shown in: an IANA zone id such as Asia/Almaty")
    public Response chooseTimeZone(TimeZoneChoice choice) {
        RequestBody.required(choice);
        ownAccount.chooseTimeZone(caller(), choice.timeZone());
        return Response.noContent().build();
    }

    public record DataSaverChoice(Boolean on) {
    }

    @PUT
    @Path("/data-saver")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn data saver on or off: with it on, images in lessons load only when tapped")
    public Response chooseDataSaver(DataSaverChoice choice) {
        RequestBody.required(choice);
        if (choice.on() == null) {
            throw new org.practica.kernel.InvalidInput("on", "validation.required");
        }
        ownAccount.chooseDataSaver(caller(), choice.on());
        return Response.noContent().build();
    }

    /** Accepting a version of the privacy notice and terms, read where the client showed it. */
    public record Acceptance(Integer version) {
    }

    /** Giving (true) or withdrawing (false) an optional consent. */
    public record ConsentChoice(Boolean granted) {
    }

    @GET
    @Path("/notice")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The version of the privacy notice the caller accepted last, the current one, whether they must still "
            + "accept it, and every acceptance with its time")
    public PrivacyNotices.Standing notice() {
        return notices.standing(caller());
    }

    @POST
    @Path("/notice-acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept the current version of the privacy notice and terms (GET /api/v1/notice), after showing it "
            + "to the person; 409 when a newer version has been published since")
    public Response acceptNotice(Acceptance acceptance) {
        notices.accept(caller(), RequestBody.required(acceptance).version());
        return Response.noContent().build();
    }

    @GET
    @Path("/consents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's optional consents: each purpose, whether it is given, and since when")
    public java.util.List<PrivacyNotices.ConsentView> consents() {
        return notices.consents(caller());
    }

    @PUT
    @Path("/consents/{purpose}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give or withdraw one optional consent (purpose: STATISTICS); audited")
    public java.util.List<PrivacyNotices.ConsentView> choose(@jakarta.ws.rs.PathParam("purpose") String purpose, ConsentChoice choice) {
        return notices.choose(caller(), purpose, RequestBody.required(choice).granted());
    }

    @POST
    @Path("/exports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a copy of everything Practica holds about the caller",
            description = "202 with the request; it is built in the background (poll its status). One still being built is "
                    + "given again rather than a second started. The archive (ZIP: JSON per part, a PDF summary, certificates "
                    + "as issued) is kept seven days.")
    public Response requestExport(@Context jakarta.ws.rs.core.UriInfo uri) {
        DataExports.ExportView queued = exports.request(caller());
        return Response.accepted(queued).location(uri.getAbsolutePathBuilder().path(String.valueOf(queued.id())).build()).build();
    }

    @GET
    @Path("/exports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where a copy of the caller's data stands: QUEUED, RUNNING (with percent), READY (until expiresAt), FAILED or EXPIRED")
    public DataExports.ExportView export(@jakarta.ws.rs.PathParam("id") long id) {
        return exports.status(caller(), id);
    }

    @GET
    @Path("/exports/{id}/archive")
    @Produces("application/zip")
    @Operation(summary = "Download the archive while it is kept (409 before it is ready or after it expired); audited")
    public Response exportArchive(@jakarta.ws.rs.PathParam("id") long id) {
        DataExports.Archive archive = exports.download(caller(), id);
        return Response.ok(archive.content(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"").build();
    }

    @POST
    @Path("/erasure-request")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to be erased from Practica",
            description = "201 with the request, which an administrator of the caller's organisation approves or refuses "
                    + "with a reason. Approval erases at once: the account is emptied and renamed, texts removed or shredded, "
                    + "certificates verify as holder withheld. 409 while a request already waits.")
    public Response requestErasure(@Context jakarta.ws.rs.core.UriInfo uri) {
        org.practica.identity.application.Erasures.ErasureView asked = erasures.request(caller());
        return Response.created(uri.getAbsolutePath()).entity(asked).build();
    }

    @GET
    @Path("/erasure-request")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's latest erasure request: REQUESTED, WITHDRAWN or REFUSED (with the reason); 404 if none")
    public org.practica.identity.application.Erasures.ErasureView erasureRequest() {
        return erasures.latest(caller()).orElseThrow(() -> new org.practica.kernel.NotFound("erasure.notFound"));
    }

    @DELETE
    @Path("/erasure-request")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the caller's waiting erasure request; 404 if none waits")
    public org.practica.identity.application.Erasures.ErasureView withdrawErasure() {
        return erasures.withdraw(caller());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    /** The person's notices with their words in the caller's language, newest first, and how many are unread. */
    public record Notices(long unread, java.util.List<Notice> notices) {
    }

    public record Notice(long id, String kind, String message, String link, java.time.Instant at, boolean unread) {
    }

    @GET
    @Path("/notifications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My notifications (the latest 50), their words in my language, and how many are unread")
    public Notices notifications(@Context jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.Locale locale = org.practica.server.api.support.ProblemResponses.locale(headers);
        org.practica.kernel.Actor me = actor.get();
        return new Notices(inbox.unread(me), inbox.of(me).stream().map(n -> new Notice(n.id(), n.kind(),
                org.practica.server.web.support.Messages.get(locale, n.messageKey(), n.arguments().toArray()), n.link(), n.at(), n.unread())).toList());
    }

    @POST
    @Path("/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications read; 404 for anyone else's")
    public jakarta.ws.rs.core.Response readNotification(@jakarta.ws.rs.PathParam("id") long id) {
        inbox.open(actor.get(), id);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @POST
    @Path("/notifications/read")
    @Operation(summary = "Mark all my notifications read")
    public jakarta.ws.rs.core.Response readAllNotifications() {
        inbox.readAll(actor.get());
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    /** One kind of notice: its name, its words, how it comes (IN_APP, AT_ONCE, DAILY_DIGEST), whether it can be changed. */
    public record NoticeChoice(String kind, String label, String delivery, boolean switchable) {
    }

    /** mailable: whether the account has an e-mail address at all (without one everything stays in the application). */
    public record NoticeSettings(boolean mailable, List<NoticeChoice> choices) {
    }

    /** Kind name to delivery name, for the kinds to change. */
    public record NoticeChoices(java.util.Map<String, String> choices) {
    }

    @GET
    @Path("/notification-settings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How I hear of each kind of notice besides the bell: in the application only, an e-mail at once, or a daily digest")
    public NoticeSettings notificationSettings(@Context jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.Locale locale = org.practica.server.api.support.ProblemResponses.locale(headers);
        var mine = mailSettings.of(actor.get());
        return new NoticeSettings(mine.mailable(), mine.choices().stream().map(c -> new NoticeChoice(c.kind().name(),
                org.practica.server.web.support.Messages.get(locale, "notices.kind." + c.kind().name()), c.delivery().name(), c.switchable())).toList());
    }

    @PUT
    @Path("/notification-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change how I hear of some kinds of notice; security notices are always e-mailed (400 naming the kind)")
    public NoticeSettings chooseNotificationSettings(NoticeChoices chosen, @Context jakarta.ws.rs.core.HttpHeaders headers) {
        NoticeChoices c = org.practica.server.api.support.RequestBody.required(chosen);
        mailSettings.choose(actor.get(), c.choices() == null ? java.util.Map.of() : c.choices());
        return notificationSettings(headers);
    }
}
