package org.practica.server.api.mentoring;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.mentoring.application.CompetencyFrameworks;
import org.practica.mentoring.application.CompetencyView;
import org.practica.mentoring.application.Mentorships;
import org.practica.mentoring.application.PracticeRecord;
import org.practica.mentoring.application.RelationshipDraft;
import org.practica.mentoring.application.RelationshipView;
import org.practica.mentoring.application.SessionDraft;
import org.practica.mentoring.application.SessionView;
import org.practica.mentoring.application.SupervisionSessions;
import org.practica.mentoring.application.TotalsView;
import org.practica.mentoring.infrastructure.LogBookCsv;
import org.practica.mentoring.infrastructure.LogBookPdf;
import org.practica.server.api.support.RequestBody;
import org.practica.server.web.support.Messages;

import java.net.URI;
import java.util.List;

/**
 * Mentoring relationships and supervision sessions. The pair read and write everything about
 * their sessions; admins and registrars of the mentee's organisation, and the trainer who
 * arranged the relationship, read dates, hours and competencies but never the reflection or the
 * notes (null for them).
 */
@Path("/mentoring")
@Tag(name = "Mentoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class MentoringResource {

    @Inject
    Mentorships mentorships;

    @Inject
    SupervisionSessions supervision;

    @Inject
    PracticeRecord practice;

    @Inject
    Caller caller;

    @Inject
    CompetencyFrameworks frameworks;

    public record Text(String text) {
    }

    public record AmendmentDraft(SessionDraft session, String reason) {
    }

    public record CaseReferenceReply(String code) {
    }

    public record Ending(java.time.LocalDate on) {
    }

    @GET
    @Path("/relationships")
    @Operation(summary = "Relationships the caller is in; admins and registrars also see those of their organisation's mentees")
    public List<RelationshipView> relationships() {
        return mentorships.relationships(caller.get());
    }

    @POST
    @Path("/relationships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An admin or trainer arranges a relationship for a mentee of their organisation (active at once); "
            + "anyone else asks a supervisor to mentor them (waits for the supervisor)")
    public Response create(RelationshipDraft body) {
        RelationshipView made = mentorships.open(caller.get(), RequestBody.required(body));
        return Response.created(URI.create("mentoring/relationships/" + made.id())).entity(made).build();
    }

    @GET
    @Path("/supervisors")
    @Operation(summary = "Everyone who may be asked to supervise")
    public List<org.practica.mentoring.application.SupervisorView> supervisors() {
        return mentorships.supervisors();
    }

    @GET
    @Path("/relationships/{id}")
    public RelationshipView relationship(@PathParam("id") long id) {
        return mentorships.relationship(caller.get(), id);
    }

    @PUT
    @Path("/relationships/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-plan: period, goals and required hours (supervisor, whoever arranged it, an admin of the mentee's "
            + "organisation; the mentee while the request waits). Supervisor, mentee and discipline stay as they are.")
    public RelationshipView replan(@PathParam("id") long id, RelationshipDraft body) {
        return mentorships.replan(caller.get(), id, RequestBody.required(body));
    }

    @POST
    @Path("/relationships/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End it early from a given day (today when none is given); sessions and hours stay")
    public RelationshipView end(@PathParam("id") long id, Ending body) {
        return mentorships.end(caller.get(), id, body == null ? null : body.on());
    }

    @POST
    @Path("/relationships/{id}/accept")
    @Operation(summary = "The supervisor who was asked accepts")
    public RelationshipView accept(@PathParam("id") long id) {
        return mentorships.accept(caller.get(), id);
    }

    @POST
    @Path("/relationships/{id}/decline")
    @Operation(summary = "The supervisor who was asked declines")
    public RelationshipView decline(@PathParam("id") long id) {
        return mentorships.decline(caller.get(), id);
    }

    @GET
    @Path("/relationships/{id}/sessions")
    @Operation(summary = "The relationship's sessions, earliest first")
    public List<SessionView> sessions(@PathParam("id") long id) {
        return supervision.sessions(caller.get(), id);
    }

    @GET
    @Path("/relationships/{id}/totals")
    @Operation(summary = "Supervised hours: signed off and pending, per competency against the required hours, per month; "
            + "from and to (YYYY-MM-DD, both optional) count only the sessions held in that period")
    public TotalsView totals(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("from") String from,
                             @jakarta.ws.rs.QueryParam("to") String to) {
        return practice.totals(caller.get(), id, org.practica.kernel.Day.typed("from", from), org.practica.kernel.Day.typed("to", to));
    }

    @GET
    @Path("/relationships/{id}/logbook.csv")
    @Produces("text/csv")
    @Operation(summary = "The log book as CSV: sessions with time, length, modality, competencies, case references and "
            + "sign-off; reflections and notes are never exported")
    public Response logBook(@PathParam("id") long id) {
        return Response.ok(LogBookCsv.of(practice.logBook(caller.get(), id).sessions(), Messages.wording(caller.locale(), caller.zone())), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + LogBookCsv.fileName(id) + "\"").build();
    }

    @GET
    @Path("/relationships/{id}/logbook.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The log book as a printable PDF: the relationship, hours per competency against those required and "
            + "every session with its sign-off; reflections and notes are never printed")
    public Response logBookPdf(@PathParam("id") long id) {
        byte[] pdf = LogBookPdf.of(practice.logBook(caller.get(), id), Messages.wording(caller.locale(), caller.zone()), java.time.Instant.now());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + LogBookPdf.fileName(id) + "\"").build();
    }

    @POST
    @Path("/relationships/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Either of the pair logs a session that has taken place; the other confirms it")
    public Response log(@PathParam("id") long id, SessionDraft body) {
        SessionView logged = supervision.log(caller.get(), id, RequestBody.required(body));
        return Response.created(URI.create("mentoring/sessions/" + logged.id())).entity(logged).build();
    }

    @GET
    @Path("/sessions/{id}")
    public SessionView session(@PathParam("id") long id) {
        return supervision.sessionView(caller.get(), id);
    }

    @PUT
    @Path("/sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a session before sign-off; the other of the pair confirms again")
    public SessionView correct(@PathParam("id") long id, SessionDraft body) {
        return supervision.correct(caller.get(), id, RequestBody.required(body));
    }

    @POST
    @Path("/sessions/{id}/confirm")
    public SessionView confirm(@PathParam("id") long id) {
        return supervision.confirm(caller.get(), id);
    }

    @POST
    @Path("/sessions/{id}/sign-off")
    @Operation(summary = "The supervisor signs the session off: its hours count and it is locked")
    public SessionView signOff(@PathParam("id") long id) {
        return supervision.signOff(caller.get(), id);
    }

    @POST
    @Path("/sessions/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The supervisor changes a signed-off session with a reason; the earlier version is kept")
    public SessionView amend(@PathParam("id") long id, AmendmentDraft body) {
        AmendmentDraft a = RequestBody.required(body);
        return supervision.amend(caller.get(), id, RequestBody.required("session", a.session()), a.reason());
    }

    @PUT
    @Path("/sessions/{id}/reflection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The mentee's reflection, stored encrypted")
    public SessionView reflect(@PathParam("id") long id, Text body) {
        return supervision.reflect(caller.get(), id, RequestBody.required(body).text());
    }

    @PUT
    @Path("/sessions/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The supervisor's notes, stored encrypted")
    public SessionView note(@PathParam("id") long id, Text body) {
        return supervision.note(caller.get(), id, RequestBody.required(body).text());
    }

    @GET
    @Path("/dashboard")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "The supervisor's mentees: hours signed off and pending against those required, and sessions waiting for them")
    public List<org.practica.mentoring.application.MenteeOverview> dashboard() {
        return practice.dashboard(caller.get());
    }

    @GET
    @Path("/competencies")
    @Operation(summary = "A discipline's competency framework, retired competencies included")
    public List<CompetencyView> competencies(@jakarta.ws.rs.QueryParam("discipline") String discipline) {
        return frameworks.of(discipline);
    }

    @POST
    @Path("/competencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Admins add a competency to a discipline's framework: discipline, code, names by language code "
            + "(nameEn and nameRu are still read)")
    public Response addCompetency(CompetencyView body) {
        CompetencyView added = frameworks.add(caller.get(), RequestBody.required(body));
        return Response.created(URI.create("mentoring/competencies/" + added.discipline() + "/" + added.code()))
                .entity(added).build();
    }

    @PUT
    @Path("/competencies/{discipline}/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Admins rename a competency or retire it (its logged hours stay; it is offered no more)")
    public CompetencyView changeCompetency(@PathParam("discipline") String discipline, @PathParam("code") String code,
                                           CompetencyView body) {
        return frameworks.change(caller.get(), discipline, code, RequestBody.required(body));
    }

    @POST
    @Path("/case-references")
    @Operation(summary = "A new pseudonymous case reference, to use instead of anything that could identify a person")
    public CaseReferenceReply newCaseReference() {
        return new CaseReferenceReply(supervision.newCaseReference(caller.get()));
    }
}
