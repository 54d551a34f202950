package org.practica.server.api.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.monitoring.application.Indicators;
import org.practica.monitoring.application.KnowledgeGains;
import org.practica.monitoring.application.TargetDraft;
import org.practica.monitoring.application.TargetProgress;
import org.practica.monitoring.application.Targets;
import org.practica.server.api.support.RequestBody;

import java.util.List;
import org.practica.server.web.support.Messages;

@Path("/monitoring")
@Tag(name = "Monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PROGRAMME_MANAGER_NAME)
public class IndicatorsResource {

    @Inject
    Indicators indicators;

    @Inject
    Targets targets;

    @Inject
    KnowledgeGains gains;

    @Inject
    Caller caller;

    @GET
    @Path("/indicators")
    @Operation(summary = "Indicators of a period (from and to, days) for an organisation within reach or all of them, narrowed "
            + "by training (course, cohort, body: the courses its programmes ask for and its own certificates) and by the facts "
            + "people gave (sex, ageBand, region as ISO 3166-2, profession, organisationType): people trained, completed, "
            + "certified, holding a valid certificate, supervised hours, the completion rate, per month, per organisation and per fact. A count "
            + "under five people has no value and is marked suppressed, as is any count a subtraction would give back")
    public IndicatorsJson indicators(@BeanParam IndicatorParams filters) {
        return IndicatorsJson.of(indicators.dashboard(caller.get(), filters.query()));
    }

    @GET
    @Path("/knowledge-gain")
    @Operation(summary = "Knowledge gain per pre-test/post-test pair, from the people within reach and filters whose post-test was "
            + "graded in the period: each person's first pre-test against their latest post-test, mean before and after, mean gain "
            + "with its 95 % confidence interval, the share who improved, and the same per question; fewer than five people: suppressed")
    public List<GainJson> knowledgeGain(@BeanParam IndicatorParams filters) {
        return gains.within(caller.get(), filters.query()).stream().map(GainJson::of).toList();
    }

    @GET
    @Path("/indicators.csv")
    @Produces("text/csv")
    @Operation(summary = "The same months as CSV, hidden counts written <5; every export is recorded in the audit trail")
    public Response csv(@BeanParam IndicatorParams filters) {
        String csv = indicators.csv(caller.get(), filters.query(),
                Messages.wording(caller.locale(), caller.zone()));
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"indicators.csv\"").build();
    }

    @GET
    @Path("/indicators.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The indicators as an XLSX workbook: a summary sheet, one sheet per indicator by month, one per organisation; "
            + "hidden counts are the text <5; every export is recorded in the audit trail")
    public Response xlsx(@BeanParam IndicatorParams filters) {
        byte[] book = indicators.workbook(caller.get(), filters.query(),
                Messages.wording(caller.locale(), caller.zone()));
        return Response.ok(book, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"indicators.xlsx\"").build();
    }

    @GET
    @Path("/targets")
    @Operation(summary = "The targets within the manager's reach, each with what was reached in its period (none when hidden)")
    public List<TargetProgress> targets() {
        return targets.within(caller.get());
    }

    @POST
    @Path("/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a target: indicator (PEOPLE_TRAINED, PEOPLE_COMPLETED, COMPLETION_RATE, PASS_RATE, "
            + "PEOPLE_CERTIFIED, CERTIFICATES_HELD, SUPERVISED_HOURS, KNOWLEDGE_GAIN, PRACTICE_CHANGE), organisationId (none: the whole programme, for a national programme's manager), from, to, target")
    public Response setTarget(TargetDraft draft) {
        return Response.status(201).entity(targets.set(caller.get(), RequestBody.required(draft))).build();
    }

    @GET
    @Path("/targets/{id}/history")
    @Operation(summary = "A target and, for each month of its period so far, what was reached from the period's start to that "
            + "month's end (none when hidden)")
    public HistoryJson history(@PathParam("id") long id) {
        return HistoryJson.of(targets.history(caller.get(), id));
    }

    /** A target's months as JSON: each month (yyyy-MM) with what was reached by its end, or suppressed. */
    public record HistoryJson(TargetProgress target, List<Month> months) {

        public record Month(String month, java.math.BigDecimal reached, boolean suppressed) {
        }

        static HistoryJson of(org.practica.monitoring.application.TargetHistory h) {
            return new HistoryJson(h.target(), h.months().stream()
                    .map(p -> new Month(p.month().toString(), p.reached().orElse(null), p.reached().isEmpty())).toList());
        }
    }

    @DELETE
    @Path("/targets/{id}")
    @Operation(summary = "Remove a target within the manager's reach")
    public Response removeTarget(@PathParam("id") long id) {
        targets.remove(caller.get(), id);
        return Response.noContent().build();
    }
}
