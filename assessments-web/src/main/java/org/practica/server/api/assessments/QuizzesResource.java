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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.assessments.application.AttemptView;
import org.practica.assessments.application.Attempts;
import org.practica.assessments.application.CourseGradebook;
import org.practica.assessments.application.EssayToGrade;
import org.practica.assessments.application.Gradebook;
import org.practica.assessments.application.Marking;
import org.practica.assessments.application.QuizDraft;
import org.practica.assessments.application.QuizView;
import org.practica.assessments.application.Quizzes;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.assessments.infrastructure.GradebookCsv;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;
import org.practica.server.web.support.Messages;

import java.net.URI;
import java.util.List;

/** Quizzes of a course, and starting an attempt at one. */
@Path("/quizzes")
@Tag(name = "Quizzes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME})
public class QuizzesResource {

    @Inject
    Quizzes quizzes;

    @Inject
    Attempts attempts;

    @Inject
    Marking marking;

    @Inject
    Caller caller;

    @Inject
    CourseGradebook gradebooks;

    public record NewQuiz(Long courseId, QuizDraft quiz) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Create a quiz in a module of a course the caller authors, drawing on one of its question banks")
    public Response create(NewQuiz body) {
        NewQuiz b = RequestBody.required(body);
        long course = RequestBody.required("courseId", b.courseId());
        QuizView quiz = quizzes.create(caller.get(), new CourseId(course), RequestBody.required("quiz", b.quiz()));
        return Response.created(URI.create("quizzes/" + quiz.id())).entity(quiz).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Change a quiz's settings (dates, time limit, attempts, pass mark, grading, review) and, when "
            + "slots are given, its questions; attempts already started keep theirs")
    public QuizView revise(@PathParam("id") long id, QuizDraft body) {
        return quizzes.revise(caller.get(), new QuizId(id), RequestBody.required(body));
    }

    /** postTestId: the quiz this one is the pre-test of; null undoes the pairing. */
    public record Pairing(Long postTestId) {
    }

    @PUT
    @Path("/{id}/pretest-of")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Pair this quiz as the pre-test of another quiz of the course with as many questions (postTestId), or "
            + "undo the pairing (postTestId null); learners' scores on the two are compared in the knowledge-gain report")
    public QuizView pair(@PathParam("id") long id, Pairing body) {
        return quizzes.pairAsPretest(caller.get(), new QuizId(id), RequestBody.required(body).postTestId());
    }

    @GET
    @Operation(summary = "The quizzes of a course, for its trainers and learners")
    public List<QuizView> ofCourse(@QueryParam("course") Long course) {
        return quizzes.of(caller.get(), new CourseId(RequestBody.required("course", course)));
    }

    @GET
    @Path("/gradebook")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Each learner's grade per quiz of a course (all learners or one cohort), by each quiz's grading method")
    public Gradebook gradebook(@QueryParam("course") Long course, @QueryParam("cohort") Long cohort) {
        return gradebooks.of(caller.get(), new CourseId(required(course)), cohort, caller.reader(null));
    }

    @GET
    @Path("/gradebook.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "The gradebook as CSV, for spreadsheets")
    public Response gradebookCsv(@QueryParam("course") Long course, @QueryParam("cohort") Long cohort) {
        Gradebook book = gradebooks.of(caller.get(), new CourseId(required(course)), cohort, caller.reader(null));
        return Response.ok(GradebookCsv.of(book, Messages.wording(caller.locale(), caller.zone())), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + GradebookCsv.fileName(book) + "\"").build();
    }

    @GET
    @Path("/essays")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Essays of a course's attempts waiting for a trainer")
    public List<EssayToGrade> essays(@QueryParam("course") Long course) {
        return marking.essaysToGrade(caller.get(), new CourseId(required(course)));
    }

    private static long required(Long course) {
        return RequestBody.required("course", course);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One quiz and its settings")
    public QuizView quiz(@PathParam("id") long id) {
        return quizzes.quiz(caller.get(), new QuizId(id));
    }

    @POST
    @Path("/{id}/attempts")
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "Start an attempt, or resume the one in progress; the server sets the deadline")
    public Response start(@PathParam("id") long id, @QueryParam("lang") String lang) {
        AttemptView attempt = attempts.start(caller.get(), new QuizId(id), caller.reader(lang));
        return Response.created(URI.create("attempts/" + attempt.id())).entity(attempt).build();
    }

    @POST
    @Path("/{id}/offline-attempt")
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "An attempt to take offline: the one in progress, or one drawn now and kept prepared until "
            + "begun (POST /attempts/{id}/begin); untimed quizzes only (409 for a timed one)")
    public AttemptView prepare(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return attempts.prepare(caller.get(), new QuizId(id), caller.reader(lang));
    }
}
