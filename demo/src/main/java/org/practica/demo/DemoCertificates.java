package org.practica.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.practica.assessments.application.QuizView;
import org.practica.assessments.application.Quizzes;
import org.practica.certificates.application.Bodies;
import org.practica.certificates.application.BodyDraft;
import org.practica.certificates.application.ProgrammeDraft;
import org.practica.certificates.application.ProgrammeView;
import org.practica.certificates.application.Programmes;
import org.practica.certificates.application.RequirementView;
import org.practica.certificates.domain.programme.Signatory;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CatalogueQuery;
import org.practica.courses.application.CourseSummary;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.Role;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A demo installation's professional bodies, one per kind the field knows (an association of
 * psychologists, a union of journalists, a board for religious counsellors, a ministry's register
 * of teacher training), each with a registrar and an open programme built on the demo courses.
 */
@ApplicationScoped
public class DemoCertificates {

    private static final Logger LOG = Logger.getLogger(DemoCertificates.class.getName());

    @Inject
    Bodies bodies;

    @Inject
    Programmes programmes;

    @Inject
    Catalogue catalogue;

    @Inject
    Quizzes quizzes;

    @Inject
    UserAccountRepository accounts;

    /** A demo body with its open programme, named and worded in every interface language. */
    public record Demo(String code, Map<String, String> names, String country, String discipline, String registrar,
                       String courseTitle, Map<String, String> titles, Map<String, String> wordings, String signatory, String role) {
    }

    static List<Demo> demos() {
        try (Jsonb jsonb = JsonbBuilder.create(); InputStream in = DemoCertificates.class.getResourceAsStream("/demo/bodies.json")) {
            return jsonb.fromJson(in, new ArrayList<Demo>() { }.getClass().getGenericSuperclass());
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    @Transactional
    public void provision() {
        Optional<Actor> admin = actor("admin", Role.ADMIN);
        Optional<Actor> trainer = actor("trainer", Role.TRAINER);
        if (admin.isEmpty() || trainer.isEmpty() || !bodies.all(admin.get()).isEmpty()) {
            return;
        }
        List<CourseSummary> courses = catalogue.search(new CatalogueQuery(null, null, null, null), ContentLanguage.EN);
        for (Demo d : demos()) {
            Optional<Actor> registrar = actor(d.registrar(), Role.REGISTRAR);
            bodies.register(admin.get(), new BodyDraft(d.code(), null, d.names(), d.country(), d.discipline(),
                    registrar.map(r -> List.of(r.username())).orElse(List.of())));
            Optional<CourseSummary> course = courses.stream().filter(c -> c.title().contains(d.courseTitle())).findFirst();
            if (registrar.isEmpty() || course.isEmpty()) {
                continue;
            }
            List<RequirementView> requirements = new ArrayList<>();
            requirements.add(new RequirementView("COURSE", course.get().id(), null, null, null, null, null, null));
            quizzes.of(trainer.get(), new CourseId(course.get().id())).stream().findFirst().map(QuizView::id)
                    .ifPresent(q -> requirements.add(new RequirementView("QUIZ", null, q, BigDecimal.valueOf(70), null, null, null, null)));
            switch (d.code()) {
                case "APK" -> {
                    requirements.add(new RequirementView("SUPERVISED_HOURS", null, null, null, BigDecimal.TEN, null, null, null));
                    requirements.add(new RequirementView("SUPERVISED_HOURS", null, null, null, BigDecimal.valueOf(6),
                            "TRAUMA_INFORMED_PRACTICE", null, null));
                }
                case "BRC" -> requirements.add(new RequirementView("SUPERVISED_HOURS", null, null, null, BigDecimal.valueOf(8),
                        "THEOLOGICAL_COUNSELLING", 24, null));
                case "MTR" -> requirements.add(new RequirementView("CPD_HOURS", null, null, null, BigDecimal.valueOf(2), null, 12, null));
                default -> {
                }
            }
            boolean approval = d.code().equals("APK") || d.code().equals("BRC");
            ProgrammeView p = programmes.define(registrar.get(), new ProgrammeDraft(d.titles(), d.wordings(), requirements, approval ? 36 : 24, BigDecimal.valueOf(approval ? 20 : 6),
                    90, 90, approval ? "APPROVAL" : "AUTOMATIC", List.of(new Signatory(d.signatory(), d.role()))));
            programmes.activate(registrar.get(), p.id());
        }
        LOG.info("Demo certificates: four professional bodies with an open programme each");
    }

    private Optional<Actor> actor(String username, Role role) {
        return accounts.find(new Username(username)).filter(a -> a.hasRole(role))
                .map(a -> new Actor(username, a.organisation().id(), EnumSet.copyOf(a.roles())));
    }
}
