package org.practica.server.api.courses;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CatalogueQuery;
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.application.CourseDraft;
import org.practica.courses.application.CourseOutline;
import org.practica.courses.application.CourseReport;
import org.practica.courses.application.CourseReports;
import org.practica.courses.application.CourseSummary;
import org.practica.courses.application.CourseTranslations;
import org.practica.documents.Xliff;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.infrastructure.ProgressCsv;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;
import org.practica.server.api.support.TranslationFiles;
import org.practica.server.web.support.Messages;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** Courses: the catalogue, a course's outline, authoring its draft and publishing it, and its progress report. */
@Path("/courses")
@Tag(name = "Courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME})
public class CoursesResource {

    public record Prerequisites(Set<Long> courseIds) {
    }

    public record Created(long id) {
    }

    public record Published(int version) {
    }

    public record Gap(String field, String messageKey) {
    }

    @Inject
    Catalogue catalogue;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseReports reports;

    @Inject
    CourseTranslations translations;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Inject
    Caller caller;

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

    @GET
    @Path("/{id}/report")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Enrolments and progress, for the whole course or one cohort")
    public CourseReport report(@PathParam("id") long id, @QueryParam("cohort") Long cohort, @QueryParam("lang") String lang) {
        return reports.course(caller.get(), new CourseId(id), cohort, caller.reader(lang));
    }

    @GET
    @Path("/{id}/translations/{language}")
    @Produces(Xliff.MEDIA_TYPE)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Every text of the course's latest version as XLIFF 2.0, for translation into the language given; "
            + "texts already translated come as targets")
    public Response exportTranslation(@PathParam("id") long id, @PathParam("language") String language) {
        return TranslationFiles.download(translations.export(caller.get(), new CourseId(id), language), "course-" + id, language);
    }

    @POST
    @Path("/{id}/translations")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Bring back a translated XLIFF 2.0 file as the draft's version in its target language. Units whose "
            + "source changed since the export are refused and listed by id; the others are written")
    public Response importTranslation(@PathParam("id") long id, InputStream body) {
        return TranslationFiles.upload(body, CourseTranslations.MAX_FILE_BYTES, headers, uri,
                file -> translations.importTranslation(caller.get(), new CourseId(id), file));
    }

    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "The same report as CSV, for spreadsheets")
    public Response reportCsv(@PathParam("id") long id, @QueryParam("cohort") Long cohort, @QueryParam("lang") String lang) {
        CourseReport report = reports.course(caller.get(), new CourseId(id), cohort, caller.reader(lang));
        return Response.ok(ProgressCsv.of(report, Messages.wording(caller.locale(), caller.zone())), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ProgressCsv.fileName(report) + "\"")
                .build();
    }
}
