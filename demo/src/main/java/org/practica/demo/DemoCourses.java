package org.practica.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.practica.assessments.application.BankView;
import org.practica.assessments.application.QuestionBanks;
import org.practica.assessments.application.QuizDraft;
import org.practica.assessments.application.Quizzes;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.exchange.ExchangeFormat;
import org.practica.assessments.domain.quiz.QuizSlot;
import org.practica.assessments.domain.quiz.ReviewOptions;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CohortDraft;
import org.practica.courses.application.CohortView;
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.application.CourseDraft;
import org.practica.courses.application.CourseOutline;
import org.practica.courses.application.Learning;
import org.practica.courses.application.LessonDraft;
import org.practica.courses.application.Teaching;
import org.practica.courses.application.Themes;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Puts the four demo courses on a demo installation (the first one in English and Russian), and
 * enrols the demo learners so that "My learning" has something in it. Runs once: an installation
 * whose demo trainer's organisation already has courses is left alone. One transaction, so a
 * failed start leaves no half-built course behind.
 */
@ApplicationScoped
public class DemoCourses {

    private static final Logger LOG = Logger.getLogger(DemoCourses.class.getName());
    static final List<String> FILES = List.of("1-trauma-informed-care.json", "2-child-rights-journalism.json",
            "3-theology-informed-counselling.json", "4-teachers-for-returnee-children.json");
    /** One final check per course, in the same order, in GIFT as a trainer would bring it. */
    static final List<String> QUIZZES = List.of("1-trauma-informed-care.gift", "2-child-rights-journalism.gift",
            "3-theology-informed-counselling.gift", "4-teachers-for-returnee-children.gift");

    public record Text(String title, String summary, String body, String contentNote) {
    }

    public record Module(Map<String, String> titles, List<Lesson> lessons) {
    }

    public record Lesson(Integer minutes, Map<String, Text> texts) {
    }

    public record Course(List<String> languages, Set<String> audiences, Set<String> themes, Integer estimatedMinutes,
                         BigDecimal cpdHours, Map<String, Text> texts, List<Module> modules) {
    }

    @Inject
    UserAccountRepository accounts;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Catalogue catalogue;

    @Inject
    Learning learning;

    @Inject
    Teaching teaching;

    @Inject
    QuestionBanks questionBanks;

    @Inject
    Quizzes quizzes;

    @Inject
    DemoQuizTranslations quizTranslations;

    @Inject
    Themes themes;

    @Transactional
    public void provision() {
        Optional<Actor> trainer = actor("trainer", Role.TRAINER);
        Optional<Actor> learner = actor("learner", Role.LEARNER);
        Optional<Actor> journalist = actor("journalist", Role.LEARNER);
        if (trainer.isEmpty() || !catalogue.authoredBy(trainer.get(), ContentLanguage.EN).isEmpty()) {
            return;
        }
        List<CourseId> created = new ArrayList<>();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (int i = 0; i < FILES.size(); i++) {
                Course course = read(jsonb, FILES.get(i));
                CourseId id = write(trainer.get(), course);
                quiz(trainer.get(), id, QUIZZES.get(i), course.languages());
                created.add(id);
            }
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        actor("admin", Role.ADMIN).ifPresent(this::nameThemes);
        if (learner.isPresent()) {
            CohortView cohort = teaching.open(trainer.get(), created.get(0),
                    new CohortDraft("Osh and Jalal-Abad, autumn 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20)));
            teaching.enrol(trainer.get(), created.get(0), List.of("learner"), cohort.id());
            CourseOutline outline = catalogue.outline(learner.get(), created.get(0), ContentLanguage.EN);
            outline.modules().get(0).lessons().forEach(l ->
                    learning.markDone(learner.get(), created.get(0), l.key(), ContentLanguage.EN));
            learning.enrol(learner.get(), created.get(3), ContentLanguage.EN);
        }
        journalist.ifPresent(j -> learning.enrol(j, created.get(1), ContentLanguage.EN));
        LOG.info(() -> "Demo content: " + created.size() + " published courses");
    }

    private CourseId write(Actor trainer, Course course) {
        String first = course.languages().get(0);
        Text text = course.texts().get(first);
        CourseId id = authoring.create(trainer, new CourseDraft(first, text.title(), text.summary(), course.languages(),
                course.audiences(), course.themes(), course.estimatedMinutes(), course.cpdHours(), true));
        for (String language : course.languages().subList(1, course.languages().size())) {
            Text translated = course.texts().get(language);
            authoring.revise(trainer, id, new CourseDraft(language, translated.title(), translated.summary(),
                    null, null, null, null, null, null));
        }
        for (Module module : course.modules()) {
            String moduleKey = authoring.addModule(trainer, id, first, module.titles().get(first), null);
            for (String language : course.languages().subList(1, course.languages().size())) {
                authoring.retitleModule(trainer, id, moduleKey, language, module.titles().get(language));
            }
            for (Lesson lesson : module.lessons()) {
                Text lessonText = lesson.texts().get(first);
                String lessonKey = authoring.addLesson(trainer, id, moduleKey, new LessonDraft(first, lessonText.title(),
                        lessonText.body(), null, lesson.minutes(), null, lessonText.contentNote()));
                for (String language : course.languages().subList(1, course.languages().size())) {
                    Text t = lesson.texts().get(language);
                    authoring.writeLesson(trainer, id, lessonKey, new LessonDraft(language, t.title(), t.body(), null,
                            null, null, t.contentNote()));
                }
            }
        }
        authoring.publish(trainer, id);
        return id;
    }

    /** A bank with the course's final check, and a required quiz in the last module drawing all of it. */
    private void quiz(Actor trainer, CourseId course, String file, List<String> languages) {
        String gift;
        try (InputStream in = DemoCourses.class.getResourceAsStream("/demo/quizzes/" + file)) {
            gift = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BankView bank = questionBanks.open(trainer, course, "Course checks");
        questionBanks.importQuestions(trainer, new BankId(bank.id()), ExchangeFormat.GIFT, gift, ContentLanguage.EN, false);
        quizTranslations.translate(trainer, new BankId(bank.id()), file, languages.subList(1, languages.size()));
        List<QuizSlot> slots = questionBanks.questions(trainer, new BankId(bank.id())).stream()
                .map(q -> QuizSlot.fixed(q.id())).toList();
        List<CourseOutline.ModuleOutline> modules = catalogue.outline(trainer, course, ContentLanguage.EN).modules();
        quizzes.create(trainer, course, new QuizDraft(modules.get(modules.size() - 1).key(), bank.id(), "Final check", true,
                20, 3, BigDecimal.valueOf(60), "HIGHEST", false, true, null, null, ReviewOptions.everything(), slots));
    }

    /** The demo courses' themes, named in every interface language. */
    private void nameThemes(Actor admin) {
        Map<String, Map<String, String>> names;
        try (Jsonb jsonb = JsonbBuilder.create(); InputStream in = DemoCourses.class.getResourceAsStream("/demo/themes.json")) {
            names = jsonb.fromJson(in, new HashMap<String, Map<String, String>>() { }.getClass().getGenericSuperclass());
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        names.forEach((code, versions) -> themes.rename(admin, code, versions));
    }

    private static Course read(Jsonb jsonb, String file) {
        try (InputStream in = DemoCourses.class.getResourceAsStream("/demo/courses/" + file)) {
            return jsonb.fromJson(in, Course.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Actor> actor(String username, Role role) {
        return accounts.find(new Username(username)).filter(a -> a.hasRole(role))
                .map(a -> new Actor(username, a.organisation().id(), EnumSet.copyOf(a.roles())));
    }
}
