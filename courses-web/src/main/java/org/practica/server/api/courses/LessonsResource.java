package org.practica.server.api.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.application.CourseMedia;
import org.practica.courses.application.EnrollmentView;
import org.practica.courses.application.Learning;
import org.practica.courses.application.LessonDraft;
import org.practica.courses.application.LessonView;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Role;
import org.practica.server.api.support.Replayable;
import org.practica.server.api.support.RequestBody;

/** Lessons: written and arranged by trainers, read and marked done by learners. */
@Path("/courses/{id}/lessons")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class LessonsResource {

    public record Move(String module, Integer position) {
    }

    public record Attachment(Long assetId) {
    }

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learning learning;

    @Inject
    CourseMedia media;

    @Inject
    Caller caller;

    @GET
    @Path("/{key}")
    @Operation(summary = "Read a lesson (enrolled learners; authors preview); it becomes the place to resume")
    public LessonView lesson(@PathParam("id") long id, @PathParam("key") String key, @QueryParam("lang") String lang) {
        return learning.lesson(caller.get(), new CourseId(id), key, caller.reader(lang));
    }

    @POST
    @Path("/{key}/done")
    @RolesAllowed(Role.LEARNER_NAME)
    @Replayable
    @Operation(summary = "Mark a lesson done; the course completes when nothing is left",
            description = "doneAt (ISO-8601) is when the learner marked it, for marks made offline and sent later; "
                    + "an Idempotency-Key header makes a repeated send answer as the first did")
    public EnrollmentView done(@PathParam("id") long id, @PathParam("key") String key, @QueryParam("lang") String lang,
                               @QueryParam("doneAt") String doneAt) {
        return learning.markDone(caller.get(), new CourseId(id), key, doneAt, caller.reader(lang));
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Write a lesson in one language (a new language version, or a revision)")
    public Response writeLesson(@PathParam("id") long id, @PathParam("key") String key, LessonDraft draft) {
        authoring.writeLesson(caller.get(), new CourseId(id), key, RequestBody.required(draft));
        return Response.noContent().build();
    }

    @POST
    @Path("/{key}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Move a lesson to a position in a module of the same course")
    public Response moveLesson(@PathParam("id") long id, @PathParam("key") String key, Move move) {
        RequestBody.required(move);
        if (move.position() == null) {
            throw new InvalidInput("position", "validation.required");
        }
        authoring.moveLesson(caller.get(), new CourseId(id), key, move.module(), move.position());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{key}")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Remove a lesson from the draft")
    public Response removeLesson(@PathParam("id") long id, @PathParam("key") String key) {
        authoring.removeLesson(caller.get(), new CourseId(id), key);
        return Response.noContent().build();
    }

    @POST
    @Path("/{key}/attachments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Offer an uploaded file as a download under a lesson")
    public Response attach(@PathParam("id") long id, @PathParam("key") String key, Attachment attachment) {
        RequestBody.required(attachment);
        if (attachment.assetId() == null) {
            throw new InvalidInput("assetId", "validation.required");
        }
        media.attach(caller.get(), new CourseId(id), key, attachment.assetId());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{key}/attachments/{assetId}")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Take a download away from a lesson (the file stays uploaded)")
    public Response detach(@PathParam("id") long id, @PathParam("key") String key, @PathParam("assetId") long assetId) {
        media.detach(caller.get(), new CourseId(id), key, assetId);
        return Response.noContent().build();
    }
}
