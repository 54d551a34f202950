package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.assessments.domain.survey.Anonymity;
import org.practica.assessments.domain.survey.Survey;
import org.practica.assessments.domain.survey.SurveyAnswer;
import org.practica.assessments.domain.survey.SurveyId;
import org.practica.assessments.domain.survey.SurveyInvitation;
import org.practica.assessments.domain.survey.SurveyKind;
import org.practica.assessments.domain.survey.SurveyRepository;
import org.practica.assessments.domain.survey.SurveyResponse;
import org.practica.assessments.domain.survey.SurveyTally;
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.application.Learning;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.enrollment.Enrollment;
import org.practica.courses.domain.enrollment.EnrollmentRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.Refusals;
import org.practica.kernel.SurveyMoment;
import org.practica.kernel.Text;
import org.practica.kernel.TrainingFacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Course evaluations and follow-up surveys: a course's trainers write, open and close them and read
 * what the answers add up to; the people whose moment came (completing the course, or the weeks
 * after) answer them once. Monitoring is told who was asked and who answered, and of each answer
 * only whether it says the person's practice changed.
 */
@ApplicationScoped
@Transactional
public class Surveys {

    @Inject
    SurveyRepository surveys;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learning learning;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Instance<TrainingFacts> factsProvided;

    public SurveyView create(Actor trainer, CourseId course, SurveyDraft draft) {
        authoring.requireAuthor(trainer, course);
        Survey survey = new Survey(course, design(draft), trainer.username(), clock.instant());
        surveys.add(survey);
        audit.record(trainer.username(), "survey.created", "survey:" + survey.id().value(), survey.title());
        return view(survey);
    }

    public SurveyView redesign(Actor trainer, SurveyId id, SurveyDraft draft) {
        Survey survey = authored(trainer, id);
        survey.redesign(design(draft));
        audit.record(trainer.username(), "survey.revised", "survey:" + id.value(), survey.title());
        return view(survey);
    }

    public SurveyView open(Actor trainer, SurveyId id) {
        Survey survey = authored(trainer, id);
        survey.open(clock.instant());
        audit.record(trainer.username(), "survey.opened", "survey:" + id.value(), survey.title());
        return view(survey);
    }

    public SurveyView close(Actor trainer, SurveyId id) {
        Survey survey = authored(trainer, id);
        survey.close(clock.instant());
        audit.record(trainer.username(), "survey.closed", "survey:" + id.value(), survey.title());
        return view(survey);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SurveyView> of(Actor trainer, CourseId course) {
        authoring.requireAuthor(trainer, course);
        List<Survey> all = surveys.of(course);
        var reach = surveys.reach(all.stream().map(Survey::id).toList());
        return all.stream().map(s -> SurveyView.of(s, reach.getOrDefault(s.id().value(), SurveyRepository.Reach.NONE))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyView one(Actor trainer, SurveyId id) {
        return view(authored(trainer, id));
    }

    /** The answers added up, once enough people answered that none of them can be read off. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyResults results(Actor trainer, SurveyId id) {
        Survey survey = authored(trainer, id);
        List<SurveyResponse> responses = surveys.responses(id);
        boolean shown = responses.size() >= SurveyResults.FEWEST;
        SurveyTally tally = SurveyTally.of(survey, shown ? responses.stream().map(SurveyResponse::answers).toList() : List.of());
        return SurveyResults.of(view(survey), shown, tally);
    }

    /** The surveys waiting for the learner's answers now, in the order their courses were completed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AskedSurvey> waitingFor(Actor learner) {
        Instant now = clock.instant();
        List<AskedSurvey> waiting = new ArrayList<>();
        List<Survey> open = surveys.open();
        for (Enrollment enrollment : enrollments.of(learner.username())) {
            if (enrollment.completedAt() == null) {
                continue;
            }
            for (Survey survey : open) {
                if (survey.courseId().equals(enrollment.courseId()) && survey.asks(enrollment.completedAt(), now)
                        && surveys.invitation(survey.id(), learner.username()).map(i -> !i.answered()).orElse(true)) {
                    waiting.add(asked(survey, false));
                }
            }
        }
        return waiting;
    }

    /**
     * The survey as the learner answers it; opening it counts as being asked. Anyone it does not
     * ask is told it does not exist, so nobody learns of another course's evaluations.
     */
    public AskedSurvey paper(Actor learner, SurveyId id) {
        Survey survey = askedOf(learner, id);
        boolean answered = invitation(survey, learner.username()).answered();
        return asked(survey, answered);
    }

    /** Keeps the answers, once: a second answer is refused and changes nothing. */
    public void answer(Actor learner, SurveyId id, List<SurveyAnswer> given) {
        Survey survey = askedOf(learner, id);
        List<SurveyAnswer> answers = survey.check(given);
        invitation(survey, learner.username());
        SurveyInvitation invitation = surveys.invitationLocked(id, learner.username()).orElseThrow();
        if (invitation.answered()) {
            throw new Conflict("answers", "survey.answer.already");
        }
        invitation.answer();
        Instant now = clock.instant();
        surveys.respond(new SurveyResponse(survey, learner.username(), learner.organisationId(), answers, YearMonth.from(now.atZone(ZoneOffset.UTC))));
        // the audit says that they answered, which the invitation says too; never what
        audit.record(learner.username(), "survey.answered", "survey:" + id.value(), null);
        facts().ifPresent(f -> f.answered(moment(survey, learner.username(), now), survey.practiceChanged(answers)));
    }

    /**
     * Everyone whose moment for an open survey has come and who was not asked yet: asked now, each
     * in their own transaction's batch by the reminder round; who they are, with the survey and
     * what its course is called (read once per survey, for the notices).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Due> due(Instant now) {
        List<Due> due = new ArrayList<>();
        List<Survey> open = surveys.open();
        var invited = surveys.invited(open.stream().map(Survey::id).toList());
        for (Survey survey : open) {
            var already = invited.getOrDefault(survey.id().value(), java.util.Set.of());
            String course = null;
            for (Enrollment enrollment : enrollments.in(survey.courseId())) {
                if (survey.asks(enrollment.completedAt(), now) && !already.contains(enrollment.learner())) {
                    course = course == null ? learning.titleOf(survey.courseId()) : course;
                    due.add(new Due(survey.id().value(), enrollment.learner(), course));
                }
            }
        }
        return due;
    }

    /** A person to ask a survey, and the title of the survey's course. */
    public record Due(long survey, String person, String course) {
    }

    /** Asks them: the invitation is made and monitoring told; false when someone asked them meanwhile. */
    public boolean ask(Due due) {
        Survey survey = surveys.find(new SurveyId(due.survey())).orElseThrow(() -> new NotFound("survey.notFound"));
        if (surveys.invitation(survey.id(), due.person()).isPresent()) {
            return false;
        }
        invite(survey, due.person());
        return true;
    }

    private SurveyInvitation invitation(Survey survey, String person) {
        return surveys.invitation(survey.id(), person).orElseGet(() -> invite(survey, person));
    }

    /** A new invitation, told to monitoring. */
    private SurveyInvitation invite(Survey survey, String person) {
        Instant now = clock.instant();
        SurveyInvitation made = new SurveyInvitation(survey.id(), person, LocalDate.ofInstant(now, ZoneOffset.UTC));
        surveys.invite(made);
        facts().ifPresent(f -> f.asked(moment(survey, person, now)));
        return made;
    }

    private Survey askedOf(Actor learner, SurveyId id) {
        Survey survey = surveys.find(id).orElseThrow(() -> new NotFound("survey.notFound"));
        Optional<Instant> completed = enrollments.find(survey.courseId(), learner.username()).map(Enrollment::completedAt);
        boolean invited = surveys.invitation(id, learner.username()).isPresent();
        // someone asked before the survey closed may still see it (and is told it closed when they answer)
        if (!invited && !completed.map(at -> survey.asks(at, clock.instant())).orElse(false)) {
            throw new NotFound("survey.notFound");
        }
        return survey;
    }

    private Survey authored(Actor trainer, SurveyId id) {
        Survey survey = surveys.find(id).orElseThrow(() -> new NotFound("survey.notFound"));
        authoring.requireAuthor(trainer, survey.courseId());
        return survey;
    }

    private AskedSurvey asked(Survey survey, boolean answered) {
        return new AskedSurvey(survey.id().value(), survey.courseId().value(), learning.titleOf(survey.courseId()), survey.title(),
                survey.kind(), survey.weeksAfter(), survey.anonymity(), survey.questions(), answered);
    }

    private SurveyView view(Survey survey) {
        return SurveyView.of(survey, surveys.reach(List.of(survey.id())).getOrDefault(survey.id().value(), SurveyRepository.Reach.NONE));
    }

    private SurveyMoment moment(Survey survey, String person, Instant at) {
        return new SurveyMoment(person, survey.id().value(), survey.courseId().value(), survey.title(), survey.kind() == SurveyKind.FOLLOW_UP,
                survey.weeksAfter(), survey.anonymous(), at);
    }

    private Optional<TrainingFacts> facts() {
        return factsProvided != null && factsProvided.isResolvable() ? Optional.of(factsProvided.get()) : Optional.empty();
    }

    private static Survey.Design design(SurveyDraft draft) {
        if (draft == null) {
            throw new InvalidInput("title", "validation.required");
        }
        Refusals refusals = new Refusals();
        SurveyKind kind = refusals.check(() -> Text.oneOf(SurveyKind.class, "kind", draft.kind(), "survey.unknownChoice"));
        Anonymity anonymity = refusals.check(() -> Text.oneOf(Anonymity.class, "anonymity", draft.anonymity(), "survey.unknownChoice"));
        Survey.Design design = new Survey.Design(draft.title(), kind, draft.weeksAfter(), anonymity, draft.questions());
        Survey.Design checked = refusals.check(design::checked);
        refusals.throwIfAny();
        return checked;
    }
}
