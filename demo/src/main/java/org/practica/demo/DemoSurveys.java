package org.practica.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.assessments.application.SurveyDraft;
import org.practica.assessments.application.SurveyView;
import org.practica.assessments.application.Surveys;
import org.practica.assessments.domain.survey.Survey;
import org.practica.assessments.domain.survey.SurveyAnswer;
import org.practica.assessments.domain.survey.SurveyId;
import org.practica.assessments.domain.survey.SurveyInvitation;
import org.practica.assessments.domain.survey.SurveyKind;
import org.practica.assessments.domain.survey.SurveyQuestion;
import org.practica.assessments.domain.survey.SurveyQuestionKind;
import org.practica.assessments.domain.survey.SurveyRepository;
import org.practica.assessments.domain.survey.SurveyResponse;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.Actor;
import org.practica.monitoring.domain.survey.CountedSurvey;
import org.practica.monitoring.domain.survey.SurveyCounts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The first demo course's two surveys, opened by its trainer: an anonymous evaluation at the end,
 * and a confidential follow-up twelve weeks on that asks whether the risk-assessment steps made it
 * into practice; and the generated learners' answers to them, written as they would have been
 * (invitation, response, monitoring's count) on the days they came, which the services cannot do
 * since they stamp the present.
 */
@ApplicationScoped
public class DemoSurveys {

    static final int FOLLOW_UP_WEEKS = 12;

    private static final List<String> WORDS = List.of(
            "More practice with real case examples, please.",
            "The role plays were the most useful part.",
            "Shorter lessons would fit my working day better.",
            "A session on working with adolescents would help.",
            "Хотелось бы больше материалов на русском языке.",
            "The module on confidentiality should come earlier.",
            "Supervision after the course made the difference.");

    @Inject
    Surveys surveys;

    @Inject
    SurveyRepository repository;

    @Inject
    SurveyCounts counts;

    /** The evaluation and the follow-up of the course, created and opened when missing. */
    record Pair(Survey evaluation, Survey followUp) {
    }

    Pair open(Actor trainer, long course) {
        List<SurveyView> existing = surveys.of(trainer, new CourseId(course));
        Survey evaluation = find(existing, SurveyKind.END_OF_COURSE).orElseGet(() -> opened(trainer, course, new SurveyDraft(
                "How was this course?", SurveyKind.END_OF_COURSE.name(), null, "ANONYMOUS", List.of(
                new SurveyQuestion(SurveyQuestionKind.LIKERT, "The course was useful for my work.",
                        List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"), List.of()),
                new SurveyQuestion(SurveyQuestionKind.RATING, "How likely are you to recommend it to a colleague?",
                        List.of("Not at all likely", "Extremely likely"), List.of()),
                new SurveyQuestion(SurveyQuestionKind.CHOICE, "Which part helped you most?",
                        List.of("The case studies", "The role plays", "The readings", "The quizzes"), List.of()),
                new SurveyQuestion(SurveyQuestionKind.FREE_TEXT, "What would you change?", List.of(), List.of())))));
        Survey followUp = find(existing, SurveyKind.FOLLOW_UP).orElseGet(() -> opened(trainer, course, new SurveyDraft(
                "Three months on", SurveyKind.FOLLOW_UP.name(), FOLLOW_UP_WEEKS, "CONFIDENTIAL", List.of(
                new SurveyQuestion(SurveyQuestionKind.CHOICE, "Since the course, have you used its risk-assessment steps with a family?",
                        List.of("Yes, several times", "Yes, once", "Not yet", "I have had no occasion"), List.of(0, 1)),
                new SurveyQuestion(SurveyQuestionKind.LIKERT, "I feel more confident in my work with returnees than before the course.",
                        List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"), List.of())))));
        return new Pair(evaluation, followUp);
    }

    private java.util.Optional<Survey> find(List<SurveyView> existing, SurveyKind kind) {
        return existing.stream().filter(s -> s.kind() == kind).findFirst().flatMap(s -> repository.find(new SurveyId(s.id())));
    }

    private Survey opened(Actor trainer, long course, SurveyDraft draft) {
        SurveyView created = surveys.create(trainer, new CourseId(course), draft);
        surveys.open(trainer, new SurveyId(created.id()));
        return repository.find(new SurveyId(created.id())).orElseThrow();
    }

    /**
     * A generated learner who completed the course on {@code completed}: asked the evaluation that
     * day and the follow-up twelve weeks later (when that has come), answering most of the first
     * and fewer of the second. Returns how many responses were written.
     */
    int answer(Random random, Pair pair, String username, long person, long organisation, LocalDate completed, LocalDate today) {
        int written = answer(random, pair.evaluation(), username, person, organisation, completed, 70, evaluation(random));
        LocalDate due = completed.plusWeeks(FOLLOW_UP_WEEKS);
        if (!due.isAfter(today)) {
            written += answer(random, pair.followUp(), username, person, organisation, due.plusDays(random.nextInt(10)), 45, followUp(random));
        }
        return written;
    }

    private int answer(Random random, Survey survey, String username, long person, long organisation, LocalDate day, int percentAnswering,
                       List<SurveyAnswer> answers) {
        SurveyInvitation invitation = new SurveyInvitation(survey.id(), username, day);
        CountedSurvey counted = new CountedSurvey(survey.id().value(), survey.courseId().value(), survey.title(),
                survey.kind() == SurveyKind.FOLLOW_UP, survey.weeksAfter(), survey.anonymous());
        counts.describe(counted);
        counts.asked(survey.id().value(), person, organisation, day);
        boolean answers_ = random.nextInt(100) < percentAnswering;
        if (answers_) {
            invitation.answer();
        }
        repository.invite(invitation);
        if (!answers_) {
            return 0;
        }
        repository.respond(new SurveyResponse(survey, username, organisation, answers, YearMonth.from(day)));
        counts.answered(counted, person, organisation, day, survey.practiceChanged(answers));
        return 1;
    }

    private static List<SurveyAnswer> evaluation(Random random) {
        List<SurveyAnswer> answers = new ArrayList<>();
        answers.add(pick(DemoProgramme.weighted(random, new int[]{3, 7, 15, 45, 30})));
        answers.add(random.nextInt(100) < 90 ? new SurveyAnswer(List.of(), 5 + random.nextInt(6), null) : SurveyAnswer.none());
        answers.add(pick(DemoProgramme.weighted(random, new int[]{40, 30, 15, 15})));
        answers.add(random.nextInt(100) < 30 ? new SurveyAnswer(List.of(), null, WORDS.get(random.nextInt(WORDS.size()))) : SurveyAnswer.none());
        return answers;
    }

    private static List<SurveyAnswer> followUp(Random random) {
        return List.of(pick(DemoProgramme.weighted(random, new int[]{35, 30, 25, 10})), pick(DemoProgramme.weighted(random, new int[]{2, 8, 20, 45, 25})));
    }

    private static SurveyAnswer pick(int option) {
        return new SurveyAnswer(List.of(option), null, null);
    }
}
