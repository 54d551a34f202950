package org.practica.server.api.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.practica.courses.application.CourseMedia;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.media.MediaListing;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Images and attachments uploaded for a course. */
@Path("/courses/{id}/media")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class CourseMediaResource {

    @Inject
    CourseMedia media;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Upload an image (PNG, JPEG, GIF, WebP; 1 MB) or attachment (PDF, text, DOCX, PPTX, ODT, MP3; 10 MB); "
            + "the type is detected from the bytes")
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        MediaListing listing = media.upload(caller.get(), new CourseId(id), name, body);
        return Response.created(URI.create(listing.path())).entity(new UploadedMedia(listing)).build();
    }

    @GET
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "The images and attachments uploaded for a course")
    public List<UploadedMedia> media(@PathParam("id") long id) {
        return media.of(caller.get(), new CourseId(id)).stream().map(UploadedMedia::new).toList();
    }
}
