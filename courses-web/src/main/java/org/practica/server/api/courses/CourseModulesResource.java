package org.practica.server.api.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.application.LessonDraft;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

/** A draft course's modules, and the lessons added to them. */
@Path("/courses/{id}/modules")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class CourseModulesResource {

    public record ModuleDraft(String language, String title, Integer position) {
    }

    public record CreatedKey(String key) {
    }

    @Inject
    CourseAuthoring authoring;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Add a module to the draft")
    public Response addModule(@PathParam("id") long id, ModuleDraft draft) {
        RequestBody.required(draft);
        String key = authoring.addModule(caller.get(), new CourseId(id), draft.language(), draft.title(), draft.position());
        return Response.status(201).entity(new CreatedKey(key)).build();
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Rename a module in one language, or move it to another position")
    public Response reviseModule(@PathParam("id") long id, @PathParam("key") String key, ModuleDraft draft) {
        RequestBody.required(draft);
        if (draft.title() != null) {
            authoring.retitleModule(caller.get(), new CourseId(id), key, draft.language(), draft.title());
        }
        if (draft.position() != null) {
            authoring.moveModule(caller.get(), new CourseId(id), key, draft.position());
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{key}")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Remove a module and its lessons from the draft")
    public Response removeModule(@PathParam("id") long id, @PathParam("key") String key) {
        authoring.removeModule(caller.get(), new CourseId(id), key);
        return Response.noContent().build();
    }

    @POST
    @Path("/{key}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Add a lesson to a module; its text is sanitised")
    public Response addLesson(@PathParam("id") long id, @PathParam("key") String module, LessonDraft draft) {
        String key = authoring.addLesson(caller.get(), new CourseId(id), module, RequestBody.required(draft));
        return Response.status(201).entity(new CreatedKey(key)).build();
    }
}
