package org.practica.server.api.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.identity.application.Caller;
import org.practica.identity.application.MailDeliveries;
import org.practica.identity.domain.notification.MailStatus;
import org.practica.identity.infrastructure.NoticeLetters;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.Role;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Administrators' view of the outbox: what went, what waits, what failed and why; a retry. */
@Path("/admin/mail")
@Tag(name = "Administration")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class MailResource {

    @Inject
    MailDeliveries deliveries;

    @Inject
    NoticeLetters letters;

    @Inject
    Caller caller;

    @Inject
    org.practica.identity.infrastructure.ReminderRounds reminders;

    /** What a round of reminders told, per module, and how long it took in milliseconds. */
    public record ReminderRound(Map<String, Integer> told, long millis) {
    }

    /** configured: whether a mail server is set; without one every e-mail is WITHHELD and readable here. */
    public record Deliveries(boolean configured, Map<MailStatus, Long> counts, List<MailDeliveries.Line> mails) {
    }

    /** What one e-mail says, as it would be sent now. */
    public record Contents(String to, String subject, String text, String html) {
    }

    @GET
    @Operation(summary = "E-mail delivery status: counts per status and the newest 200 e-mails to people I administer, optionally of one status")
    public Deliveries deliveries(@QueryParam("status") String status) {
        Optional<MailStatus> only;
        try {
            only = status == null || status.isBlank() ? Optional.empty() : Optional.of(MailStatus.valueOf(status));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "validation.choice");
        }
        MailDeliveries.Report report = deliveries.report(caller.get(), only);
        return new Deliveries(deliveries.mailServerConfigured(), report.counts(), report.lines());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "What an e-mail says (in its recipient's language), as it would be sent now")
    public Contents contents(@PathParam("id") long id) {
        MailDeliveries.Letter letter = deliveries.read(caller.get(), id).orElseThrow(() -> new NotFound("mail.noAddress"));
        NoticeLetters.Composed composed = letters.compose(letter);
        return new Contents(letter.address(), composed.subject(), composed.text(), composed.html());
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Try a failed, withheld or uncertain e-mail again; audited")
    public Response retry(@PathParam("id") long id) {
        deliveries.tryAgain(caller.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/reminder-rounds")
    @Operation(summary = "Run a round of reminders now (renewals, sign-offs, closing quizzes, waiting requests and essays) rather than "
            + "at the next scheduled one; each reminder is still told once only. Answers what was told and how long it took")
    public ReminderRound remindNow() {
        caller.get();
        org.practica.identity.infrastructure.ReminderRounds.Round round = reminders.runNow();
        return new ReminderRound(round.told(), round.took().toMillis());
    }
}
