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
import org.practica.assessments.application.AskedSurvey;
import org.practica.assessments.application.SurveyDraft;
import org.practica.assessments.application.SurveyResults;
import org.practica.assessments.application.SurveyView;
import org.practica.assessments.application.Surveys;
import org.practica.assessments.domain.survey.SurveyAnswer;
import org.practica.assessments.domain.survey.SurveyId;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.Role;
import org.practica.server.api.support.RequestBody;

import java.net.URI;
import java.util.List;

/**
 * Course evaluations and follow-up surveys: a course's trainers write, open, close and read them;
 * the people asked answer them once. Never graded.
 */
@Path("/surveys")
@Tag(name = "Surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME})
public class SurveysResource {

    @Inject
    Surveys surveys;

    @Inject
    Caller caller;

    public record NewSurvey(Long courseId, SurveyDraft survey) {
    }

    public record Answers(List<SurveyAnswer> answers) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Write a survey of a course the caller authors, as a draft: END_OF_COURSE or FOLLOW_UP (weeksAfter), "
            + "ANONYMOUS or CONFIDENTIAL, with LIKERT, RATING, CHOICE, CHOICES and FREE_TEXT questions")
    public Response create(NewSurvey body) {
        NewSurvey b = RequestBody.required(body);
        long course = RequestBody.required("courseId", b.courseId());
        SurveyView survey = surveys.create(caller.get(), new CourseId(course), RequestBody.required("survey", b.survey()));
        return Response.created(URI.create("surveys/" + survey.id())).entity(survey).build();
    }

    @GET
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "The surveys of a course the caller authors, with how many were asked and answered")
    public List<SurveyView> ofCourse(@QueryParam("course") Long course) {
        return surveys.of(caller.get(), new CourseId(RequestBody.required("course", course)));
    }

    @GET
    @Path("/waiting")
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "The surveys waiting for the caller's answers")
    public List<AskedSurvey> waiting() {
        return surveys.waitingFor(caller.get());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "One survey the caller authors")
    public SurveyView one(@PathParam("id") long id) {
        return surveys.one(caller.get(), new SurveyId(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Change a draft survey; an open or closed one is fixed, since people answered it as it stood")
    public SurveyView redesign(@PathParam("id") long id, SurveyDraft body) {
        return surveys.redesign(caller.get(), new SurveyId(id), RequestBody.required(body));
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Start asking: the course's completers (or, for a follow-up, those the chosen weeks after completing)")
    public SurveyView open(@PathParam("id") long id) {
        return surveys.open(caller.get(), new SurveyId(id));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "Stop asking; the responses stay")
    public SurveyView close(@PathParam("id") long id) {
        return surveys.close(caller.get(), new SurveyId(id));
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed(Role.TRAINER_NAME)
    @Operation(summary = "What the answers add up to, once five people answered; free words only for an anonymous survey")
    public SurveyResults results(@PathParam("id") long id) {
        return surveys.results(caller.get(), new SurveyId(id));
    }

    @GET
    @Path("/{id}/paper")
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "A survey the caller is asked, to answer; 404 for anyone it does not ask")
    public AskedSurvey paper(@PathParam("id") long id) {
        return surveys.paper(caller.get(), new SurveyId(id));
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.LEARNER_NAME)
    @Operation(summary = "Answer a survey, once; answers in the order of its questions, any of them left out "
            + "({picks:[i]} for a scale or choice, {rating:n} from 0 to 10, {text:\"...\"} for free words)")
    public Response answer(@PathParam("id") long id, Answers body) {
        surveys.answer(caller.get(), new SurveyId(id), RequestBody.required(body).answers());
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("answered", true)).build();
    }
}
