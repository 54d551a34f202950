package org.practica.server.api.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.AuditInquiry;
import org.practica.identity.application.Caller;
import org.practica.identity.audit.AuditEntry;
import org.practica.identity.audit.ChainReport;
import org.practica.identity.infrastructure.AuditCsv;
import org.practica.kernel.Role;
import org.practica.server.web.support.Messages;

import java.util.List;

/**
 * The audit trail for administrators (their organisation's part) and auditors (all of it):
 * search, export and verification. The trail itself is written only by the actions it records.
 */
@Path("/audit")
@Tag(name = "Audit")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditInquiry inquiry;

    @Inject
    Caller caller;

    /** One page of lines, newest first; {@code more} says whether the next page has any. */
    public record AuditPage(List<AuditEntry> lines, int page, boolean more) {
    }

    @GET
    @Path("/events")
    @Operation(summary = "Search the audit trail by person (username), action (an action, or a prefix ending in a dot "
            + "such as certificate.), subject (such as certificate:12 or user:learner) and period (days in the caller's "
            + "time zone, both included); 50 lines a page, newest first")
    public AuditPage events(@QueryParam("person") String person, @QueryParam("action") String action,
                            @QueryParam("subject") String subject, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("page") int page) {
        List<AuditEntry> lines = inquiry.search(caller.username(), AuditInquiry.Search.of(person, action, subject, from, to),
                caller.zone(), page);
        boolean more = lines.size() > AuditInquiry.PAGE;
        return new AuditPage(more ? lines.subList(0, AuditInquiry.PAGE) : lines, Math.max(0, page), more);
    }

    @GET
    @Path("/events.csv")
    @Produces("text/csv")
    @Operation(summary = "The same search as CSV (the newest 10,000 lines at most; the export is itself audited)")
    public Response csv(@QueryParam("person") String person, @QueryParam("action") String action,
                        @QueryParam("subject") String subject, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<AuditEntry> lines = inquiry.export(caller.username(), AuditInquiry.Search.of(person, action, subject, from, to),
                caller.zone());
        return Response.ok(AuditCsv.of(lines, Messages.wording(caller.locale(), caller.zone())), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
                .build();
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Verify the whole chain: every line as written, none missing; gives the head to copy elsewhere")
    public ChainReport verification() {
        return inquiry.verify(caller.username());
    }
}
