package org.practica.server.api.assessments;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.assessments.application.AttemptResult;
import org.practica.assessments.application.AttemptView;
import org.practica.assessments.application.Attempts;
import org.practica.assessments.application.Marking;
import org.practica.assessments.domain.attempt.AttemptId;
import org.practica.assessments.domain.question.Response;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Role;
import org.practica.server.api.support.Replayable;
import org.practica.server.api.support.RequestBody;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A learner's attempt: its questions and saved answers, saving one answer, submitting, the result;
 * and for the course's trainers, the full review and grading essays.
 */
@Path("/attempts")
@Tag(name = "Attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.LEARNER_NAME)
public class AttemptsResource {

    @Inject
    Attempts attempts;

    @Inject
    Marking marking;

    @Inject
    Caller caller;

    public record Saved(int slot, Instant savedAt) {
    }

    /** A score, or for an essay with a rubric the level chosen per criterion (the score then follows). */
    public record EssayGrade(BigDecimal score, List<Integer> levels, String comment) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The attempt with its questions, every saved answer, the deadline and the server's time")
    public AttemptView attempt(@PathParam("id") long id) {
        return attempts.view(caller.get(), new AttemptId(id));
    }

    @PUT
    @Path("/{id}/answers/{slot}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the answer to one question; it is stored before the reply is sent. Body: {\"choice\":n}, "
            + "{\"choices\":[..]}, {\"text\":\"..\"}, {\"truth\":true}, {\"matches\":{\"0\":\"..\"}} or, for a cloze question, "
            + "{\"parts\":{\"1\":{\"text\":\"..\"},\"2\":{\"choice\":n}}} by gap number")
    @Replayable
    public Saved save(@PathParam("id") long id, @PathParam("slot") int slot, @QueryParam("answeredAt") String answeredAt, Answer body) {
        Response response = RequestBody.required(body).response();
        return new Saved(slot, attempts.save(caller.username(), new AttemptId(id), slot, response, answeredAt));
    }

    /**
     * An answer as a client sends it: one of its fields, by the question's type. The API's own
     * shape, so the stored form of a response can change without breaking clients.
     */
    public record Answer(Integer choice, List<Integer> choices, String text, Boolean truth, Map<Integer, String> matches,
                         Map<Integer, Answer> parts) {
        Response response() {
            Map<Integer, Response> gaps = null;
            if (parts != null) {
                gaps = new java.util.HashMap<>();
                for (Map.Entry<Integer, Answer> part : parts.entrySet()) {
                    RequestBody.required("parts", part.getValue());
                    if (part.getValue().parts() != null) {
                        throw new InvalidInput("parts", "question.response.partsRequired");
                    }
                    gaps.put(part.getKey(), part.getValue().response());
                }
            }
            return new Response(choice, choices, text, truth, matches, gaps);
        }
    }

    @POST
    @Path("/{id}/begin")
    @Replayable
    @Operation(summary = "Begin a prepared (offline) attempt at startedAt, the time the learner began it; again changes nothing")
    public AttemptView begin(@PathParam("id") long id, @QueryParam("startedAt") String startedAt) {
        return attempts.begin(caller.get(), new AttemptId(id), startedAt);
    }

    @POST
    @Path("/{id}/submit")
    @Replayable
    @Operation(summary = "Submit and grade; submitting again returns the same result",
            description = "submittedAt is when the learner submitted, for a submit that waited for the line")
    public AttemptResult submit(@PathParam("id") long id, @QueryParam("submittedAt") String submittedAt) {
        return attempts.submit(caller.get(), new AttemptId(id), submittedAt);
    }

    @GET
    @Path("/{id}/result")
    @Operation(summary = "The result, with as much detail as the quiz's review options allow")
    public AttemptResult result(@PathParam("id") long id) {
        return attempts.result(caller.get(), new AttemptId(id));
    }

    @GET
    @Path("/{id}/review")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "For the course's trainers: the attempt with every response, grade and right answer")
    public AttemptResult review(@PathParam("id") long id) {
        return marking.review(caller.get(), new AttemptId(id));
    }

    @PUT
    @Path("/{id}/answers/{slot}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Grade an essay: a score from 0 to the question's mark, or one level per rubric criterion, and a comment")
    public AttemptResult grade(@PathParam("id") long id, @PathParam("slot") int slot, EssayGrade body) {
        EssayGrade g = RequestBody.required(body);
        return marking.gradeEssay(caller.get(), new AttemptId(id), slot, g.score(), g.levels(), g.comment());
    }
}
