package org.practica.server.api;

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
import org.practica.courses.application.CatalogueQuery;
import org.practica.courses.application.CohortDraft;
import org.practica.courses.application.CohortView;
import org.practica.courses.application.CourseMedia;
import org.practica.courses.application.CourseReport;
import org.practica.courses.application.CourseReports;
import org.practica.courses.application.LearnerReport;
import org.practica.courses.application.Teaching;
import org.practica.courses.domain.media.MediaListing;
import org.practica.server.courses.ProgressCsv;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.application.CourseDraft;
import org.practica.courses.application.CourseOutline;
import org.practica.courses.application.CourseSummary;
import org.practica.courses.application.EnrollmentView;
import org.practica.courses.application.Learning;
import org.practica.courses.application.LessonDraft;
import org.practica.courses.application.LessonView;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Role;
import org.practica.server.courses.CurrentActor;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Path("/courses")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class CoursesResource {

    @Inject
    Catalogue catalogue;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learning learning;

    @Inject
    CourseMedia media;

    @Inject
    Teaching teaching;

    @Inject
    CourseReports reports;

    @Inject
    CurrentActor caller;

    public record Attachment(Long assetId) {
    }

    public record LearnersToEnrol(List<String> learners, Long cohortId) {
    }

    public record Enrolled(int enrolled) {
    }

    public record ModuleDraft(String language, String title, Integer position) {
    }

    public record Move(String module, Integer position) {
    }

    public record Prerequisites(Set<Long> courseIds) {
    }

    public record Created(long id) {
    }

    public record CreatedKey(String key) {
    }

    public record Published(int version) {
    }

    public record Gap(String field, String messageKey) {
    }

    @GET
    @Operation(summary = "The published catalogue, filtered by theme, audience track, language or text")
    public List<CourseSummary> catalogue(@QueryParam("theme") String theme, @QueryParam("audience") String audience,
                                         @QueryParam("language") String language, @QueryParam("q") String text,
                                         @QueryParam("lang") String lang) {
        return catalogue.search(new CatalogueQuery(theme, audience, language, text), caller.reader(lang));
    }

    @GET
    @Path("/authored")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "The courses of the caller's organisation, drafts included")
    public List<CourseSummary> authored(@QueryParam("lang") String lang) {
        return catalogue.authoredBy(caller.get(), caller.reader(lang));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A course's outline: modules, lessons, prerequisites and the caller's progress")
    public CourseOutline outline(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return catalogue.outline(caller.get(), new CourseId(id), caller.reader(lang));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Create a course as a draft of the caller's organisation")
    public Response create(CourseDraft draft) {
        CourseId id = authoring.create(caller.get(), RequestBody.required(draft));
        return Response.created(URI.create("courses/" + id.value())).entity(new Created(id.value())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Change the title and summary in one language, and any settings given")
    public Response revise(@PathParam("id") long id, CourseDraft draft) {
        authoring.revise(caller.get(), new CourseId(id), RequestBody.required(draft));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Add a module to the draft")
    public Response addModule(@PathParam("id") long id, ModuleDraft draft) {
        RequestBody.required(draft);
        String key = authoring.addModule(caller.get(), new CourseId(id), draft.language(), draft.title(), draft.position());
        return Response.status(201).entity(new CreatedKey(key)).build();
    }

    @PUT
    @Path("/{id}/modules/{key}")
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
    @Path("/{id}/modules/{key}")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Remove a module and its lessons from the draft")
    public Response removeModule(@PathParam("id") long id, @PathParam("key") String key) {
        authoring.removeModule(caller.get(), new CourseId(id), key);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/modules/{key}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Add a lesson to a module; its text is sanitised")
    public Response addLesson(@PathParam("id") long id, @PathParam("key") String module, LessonDraft draft) {
        String key = authoring.addLesson(caller.get(), new CourseId(id), module, RequestBody.required(draft));
        return Response.status(201).entity(new CreatedKey(key)).build();
    }

    @PUT
    @Path("/{id}/lessons/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Write a lesson in one language (a new language version, or a revision)")
    public Response writeLesson(@PathParam("id") long id, @PathParam("key") String key, LessonDraft draft) {
        authoring.writeLesson(caller.get(), new CourseId(id), key, RequestBody.required(draft));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/lessons/{key}/move")
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
    @Path("/{id}/lessons/{key}")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Remove a lesson from the draft")
    public Response removeLesson(@PathParam("id") long id, @PathParam("key") String key) {
        authoring.removeLesson(caller.get(), new CourseId(id), key);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/publication-gaps")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "What still stops the draft from being published")
    public List<Gap> gaps(@PathParam("id") long id) {
        return authoring.gaps(caller.get(), new CourseId(id)).stream()
                .map(g -> new Gap(g.field(), g.messageKey())).toList();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Publish the draft as the course's next version")
    public Published publish(@PathParam("id") long id) {
        return new Published(authoring.publish(caller.get(), new CourseId(id)));
    }

    @PUT
    @Path("/{id}/prerequisites")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Set the courses a learner must have completed before enrolling")
    public Response prerequisites(@PathParam("id") long id, Prerequisites prerequisites) {
        RequestBody.required(prerequisites);
        authoring.requireCompleted(caller.get(), new CourseId(id),
                prerequisites.courseIds() == null ? Set.of() : prerequisites.courseIds());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/enrolments")
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "Enrol the caller in a published course")
    public Response enrol(@PathParam("id") long id, @QueryParam("lang") String lang) {
        EnrollmentView view = learning.enrol(caller.get(), new CourseId(id), caller.reader(lang));
        return Response.status(201).entity(view).build();
    }

    @DELETE
    @Path("/{id}/enrolments/mine")
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "Withdraw from a course; enrolling again resumes")
    public Response withdraw(@PathParam("id") long id) {
        learning.withdraw(caller.get(), new CourseId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/lessons/{key}")
    @Operation(summary = "Read a lesson (enrolled learners; authors preview); it becomes the place to resume")
    public LessonView lesson(@PathParam("id") long id, @PathParam("key") String key, @QueryParam("lang") String lang) {
        return learning.lesson(caller.get(), new CourseId(id), key, caller.reader(lang));
    }

    @POST
    @Path("/{id}/lessons/{key}/done")
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "Mark a lesson done; the course completes when nothing is left")
    public EnrollmentView done(@PathParam("id") long id, @PathParam("key") String key, @QueryParam("lang") String lang) {
        return learning.markDone(caller.get(), new CourseId(id), key, caller.reader(lang));
    }

    @POST
    @Path("/{id}/media")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Upload an image (PNG, JPEG, GIF, WebP; 1 MB) or attachment (PDF, text, DOCX, PPTX, ODT, MP3; 10 MB); "
            + "the type is detected from the bytes")
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        MediaListing listing = media.upload(caller.get(), new CourseId(id), name, body);
        return Response.created(URI.create(listing.path())).entity(new UploadedMedia(listing)).build();
    }

    @GET
    @Path("/{id}/media")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "The images and attachments uploaded for a course")
    public List<UploadedMedia> media(@PathParam("id") long id) {
        return media.of(caller.get(), new CourseId(id)).stream().map(UploadedMedia::new).toList();
    }

    @POST
    @Path("/{id}/lessons/{key}/attachments")
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
    @Path("/{id}/lessons/{key}/attachments/{assetId}")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Take a download away from a lesson (the file stays uploaded)")
    public Response detach(@PathParam("id") long id, @PathParam("key") String key, @PathParam("assetId") long assetId) {
        media.detach(caller.get(), new CourseId(id), key, assetId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/cohorts")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "A course's cohorts with their numbers of learners")
    public List<CohortView> cohorts(@PathParam("id") long id) {
        return teaching.cohorts(caller.get(), new CourseId(id));
    }

    @POST
    @Path("/{id}/cohorts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Open a cohort: a named group with start and end dates")
    public Response openCohort(@PathParam("id") long id, CohortDraft draft) {
        CohortView cohort = teaching.open(caller.get(), new CourseId(id), RequestBody.required(draft));
        return Response.status(201).entity(cohort).build();
    }

    @POST
    @Path("/{id}/learners")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Enrol learners by username, optionally into a cohort; all or none")
    public Enrolled enrolLearners(@PathParam("id") long id, LearnersToEnrol request) {
        RequestBody.required(request);
        return new Enrolled(teaching.enrol(caller.get(), new CourseId(id), request.learners(), request.cohortId()));
    }

    @GET
    @Path("/{id}/report")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Enrolments and progress, for the whole course or one cohort")
    public CourseReport report(@PathParam("id") long id, @QueryParam("cohort") Long cohort, @QueryParam("lang") String lang) {
        return reports.course(caller.get(), new CourseId(id), cohort, caller.reader(lang));
    }

    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "The same report as CSV, for spreadsheets")
    public Response reportCsv(@PathParam("id") long id, @QueryParam("cohort") Long cohort, @QueryParam("lang") String lang) {
        CourseReport report = reports.course(caller.get(), new CourseId(id), cohort, caller.reader(lang));
        return Response.ok(ProgressCsv.of(report, caller.locale()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ProgressCsv.fileName(report) + "\"")
                .build();
    }

    @GET
    @Path("/{id}/learners/{username}")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "One learner's progress in a course, lesson by lesson")
    public LearnerReport learnerReport(@PathParam("id") long id, @PathParam("username") String username,
                                       @QueryParam("lang") String lang) {
        return reports.learner(caller.get(), new CourseId(id), username, caller.reader(lang));
    }
}
