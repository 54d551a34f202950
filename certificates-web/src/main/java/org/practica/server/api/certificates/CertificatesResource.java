package org.practica.server.api.certificates;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.certificates.application.CertificateView;
import org.practica.certificates.application.Certification;
import org.practica.certificates.application.ProgressView;
import org.practica.certificates.application.Registry;
import org.practica.certificates.application.RequestView;
import org.practica.certificates.domain.certificate.CertificateQuery;
import org.practica.certificates.domain.certificate.CertificateStatus;
import org.practica.certificates.infrastructure.documents.CertificatesCsv;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;
import org.practica.server.web.support.Messages;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Certificates. Holders read theirs, renew them and choose how their name is shown; registrars
 * find, issue, revoke and re-issue their own body's, and decide the requests waiting for them.
 */
@Path("/certificates")
@Tag(name = "Certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class CertificatesResource {

    @Inject
    Certification certification;

    @Inject
    Registry registry;

    @Inject
    org.practica.certificates.application.BulkIssuances bulk;

    @Inject
    Caller caller;

    public record Issue(Long programmeId, String person) {
    }

    public record BulkRequest(Long programmeId, Long cohortId) {
    }

    public record Reason(String reason) {
    }

    public record NewName(String name) {
    }

    public record Disclosure(String nameDisclosure) {
    }

    @GET
    @Path("/mine")
    @Operation(summary = "The caller's certificates, newest first")
    public List<CertificateView> mine() {
        return certification.mine(caller.get());
    }

    @GET
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "The registrar's body's certificates, newest first; filters: programme, status (ISSUED, REVOKED), "
            + "from and to (issue days, YYYY-MM-DD), holder (username or part of the name), offset, limit")
    public List<CertificateView> ofBody(@QueryParam("programme") Long programme, @QueryParam("status") String status,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("holder") String holder, @QueryParam("offset") Integer offset,
                                        @QueryParam("limit") Integer limit) {
        return registry.certificates(caller.get(), query(programme, status, from, to, holder, offset, limit));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "The same list as CSV, with the same filters")
    public Response export(@QueryParam("programme") Long programme, @QueryParam("status") String status,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("holder") String holder) {
        CertificateQuery filters = query(programme, status, from, to, holder, 0, 1);
        List<CertificateView> all = registry.certificates(caller.get(), new CertificateQuery(filters.programmeId(), filters.status(),
                filters.issuedFrom(), filters.issuedTo(), filters.holder(), 0, Integer.MAX_VALUE));
        return Response.ok(CertificatesCsv.of(all, Messages.wording(caller.locale(), caller.zone())), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"certificates.csv\"").build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Certify a cohort at once under one of the body's open programmes: everyone in it who is eligible and "
            + "holds no valid certificate yet; runs as a batch job (202 Accepted); follow it at the Location given")
    public Response bulk(BulkRequest body) {
        BulkRequest b = RequestBody.required(body);
        if (b.programmeId() == null) {
            throw new InvalidInput("programmeId", "validation.required");
        }
        org.practica.certificates.application.BulkView run = bulk.request(caller.get(), b.programmeId(), b.cohortId(),
                caller.locale().getLanguage());
        bulk.launch(run.id());
        return Response.accepted(run).location(URI.create("certificates/bulk/" + run.id())).build();
    }

    @GET
    @Path("/bulk")
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "The body's bulk runs, newest first")
    public List<org.practica.certificates.application.BulkView> bulkRuns() {
        return bulk.ofOwnBody(caller.get(), caller.locale().getLanguage());
    }

    @GET
    @Path("/bulk/{id}")
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "A bulk run's progress: people processed, certificates issued and printed, percent")
    public org.practica.certificates.application.BulkView bulkRun(@PathParam("id") long id) {
        return bulk.progress(caller.get(), id, caller.locale().getLanguage());
    }

    @GET
    @Path("/cohorts")
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Cohorts of published courses a registrar may certify at once")
    public List<org.practica.courses.application.CourseCompletionRecord.CohortOfCourse> cohorts() {
        return bulk.cohorts(caller.get(), caller.locale().getLanguage());
    }

    @GET
    @Path("/report")
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Certificates of the registrar's body per programme, region (the holder's country at issue) and month; "
            + "from and to are days (YYYY-MM-DD), the last twelve months by default")
    public org.practica.certificates.application.IssueReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return registry.report(caller.get(), org.practica.kernel.Day.typed("from", from), org.practica.kernel.Day.typed("to", to), caller.locale().getLanguage());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "A registrar certifies an eligible person under one of the body's open programmes")
    public Response issue(Issue body) {
        Issue i = RequestBody.required(body);
        if (i.programmeId() == null) {
            throw new InvalidInput("programmeId", "validation.required");
        }
        CertificateView made = registry.issue(caller.get(), i.programmeId(), i.person());
        return Response.created(URI.create("certificates/" + made.id())).entity(made).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A certificate, for its holder or a registrar of its body")
    public CertificateView certificate(@PathParam("id") long id) {
        return certification.certificate(caller.get(), id);
    }

    @GET
    @Path("/{id}/certificate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as a printable PDF, signed with the installation's key, with a QR code to verification")
    public Response pdf(@PathParam("id") long id) {
        byte[] pdf = certification.pdf(caller.get(), id);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("/{id}/credential")
    @Produces("application/jwt")
    @Operation(summary = "The certificate as an Open Badges 3.0 credential secured as a VC-JWT (ES256; the key is in the header "
            + "and at /api/v1/certificates/issuer-keys), verifiable without this server")
    public Response credential(@PathParam("id") long id) {
        String jwt = certification.credential(caller.get(), id);
        return Response.ok(jwt, "application/jwt").header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".jwt\"")
                .build();
    }

    @PUT
    @Path("/{id}/name-disclosure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The holder chooses how much of their name public verification shows: FULL_NAME, INITIALS or NOT_SHOWN")
    public CertificateView disclose(@PathParam("id") long id, Disclosure body) {
        return certification.disclose(caller.get(), id, RequestBody.required(body).nameDisclosure());
    }

    @POST
    @Path("/{id}/renewal")
    @Operation(summary = "The holder asks to renew within the programme's window, with the CPD hours it asks for")
    public ProgressView renew(@PathParam("id") long id) {
        return certification.renew(caller.get(), id, caller.locale().getLanguage());
    }

    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Revoke with a reason; for good")
    public CertificateView revoke(@PathParam("id") long id, Reason body) {
        return registry.revoke(caller.get(), id, RequestBody.required(body).reason());
    }

    @POST
    @Path("/{id}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Re-issue under the holder's new name with the same validity; the old certificate is revoked")
    public Response reissue(@PathParam("id") long id, NewName body) {
        CertificateView made = registry.reissue(caller.get(), id, RequestBody.required(body).name());
        return Response.created(URI.create("certificates/" + made.id())).entity(made).build();
    }

    @GET
    @Path("/requests")
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Requests waiting for the registrar's body, oldest first")
    public List<RequestView> pending() {
        return registry.pending(caller.get(), caller.locale().getLanguage());
    }

    @POST
    @Path("/requests/{id}/approval")
    @RolesAllowed(Role.REGISTRAR_NAME)
    @Operation(summary = "Approve: the person must still be eligible; the certificate is issued now")
    public CertificateView approve(@PathParam("id") long id) {
        return registry.approve(caller.get(), id);
    }

    @POST
    @Path("/requests/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REGISTRAR_NAME)
    public RequestView reject(@PathParam("id") long id, Reason body) {
        return registry.reject(caller.get(), id, RequestBody.required(body).reason());
    }

    private static CertificateQuery query(Long programme, String status, String from, String to, String holder, Integer offset,
                                          Integer limit) {
        CertificateStatus s;
        try {
            s = status == null || status.isBlank() ? null : CertificateStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "certificate.status.unknown");
        }
        int first = offset == null ? 0 : offset;
        int max = limit == null ? 100 : limit;
        if (first < 0) {
            throw new InvalidInput("offset", "validation.notNegative");
        }
        if (max < 1 || max > 1000) {
            throw new InvalidInput("limit", "certificate.limit.range", 1000);
        }
        return new CertificateQuery(programme, s, org.practica.kernel.Day.typed("from", from), org.practica.kernel.Day.typed("to", to),
                holder == null || holder.isBlank() ? null : holder.strip(), first, max);
    }
}
