package org.practica.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Actor;
import org.practica.kernel.Role;
import org.practica.mentoring.application.CompetencyFrameworks;
import org.practica.mentoring.application.Mentorships;
import org.practica.mentoring.application.RelationshipDraft;
import org.practica.mentoring.application.RelationshipView;
import org.practica.mentoring.application.SessionDraft;
import org.practica.mentoring.application.SessionView;
import org.practica.mentoring.application.SupervisionSessions;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * On a demo installation the demo supervisor mentors the demo learner: a relationship that began
 * seven months ago and twelve fortnightly sessions since, the older ones signed off, the newest
 * waiting for confirmation or sign-off. Dates follow today so the log always looks current. Runs
 * once; one transaction.
 */
@ApplicationScoped
public class DemoMentoring {

    private static final Logger LOG = Logger.getLogger(DemoMentoring.class.getName());
    private static final List<Set<String>> TOPICS = List.of(
            Set.of("TRAUMA_INFORMED_PRACTICE"), Set.of("RISK_ASSESSMENT"), Set.of("CHILD_SAFEGUARDING", "TRAUMA_INFORMED_PRACTICE"),
            Set.of("TRAUMA_INFORMED_PRACTICE"), Set.of("SELF_CARE"), Set.of("RISK_ASSESSMENT", "CHILD_SAFEGUARDING"));
    private static final List<String> REFLECTIONS = List.of(
            "I noticed I rushed to reassure instead of listening. Next time I will leave more silence.",
            "Planning the first home visit with a checklist made me calmer; the family seemed calmer too.",
            "Hearing how my own tiredness shows helped. I will keep one afternoon a week free of cases.");
    private static final List<String> NOTES = List.of(
            "Good grounding technique; practise naming the limits of confidentiality at the start.",
            "Risk plan is sound. Agree with the school before the child returns to class.",
            "Signs of fatigue. Discussed caseload with the team lead; review in four weeks.");

    @Inject
    Mentorships mentorships;

    @Inject
    SupervisionSessions supervision;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CompetencyFrameworks frameworks;

    /** A competency of a starting framework, named in every interface language. */
    public record Named(String discipline, String code, Map<String, String> names) {
    }

    /** A starting framework per discipline, in our own words; admins change them as their bodies require. */
    static List<Named> frameworks() {
        try (Jsonb jsonb = JsonbBuilder.create(); InputStream in = DemoMentoring.class.getResourceAsStream("/demo/competencies.json")) {
            return jsonb.fromJson(in, new ArrayList<Named>() { }.getClass().getGenericSuperclass());
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    @Transactional
    public void provision() {
        for (Named c : frameworks()) {
            frameworks.ensure(org.practica.kernel.Discipline.valueOf(c.discipline()), c.code(), c.names());
        }
        Optional<Actor> supervisor = actor("supervisor", Role.SUPERVISOR);
        Optional<Actor> learner = actor("learner", Role.LEARNER);
        Optional<Actor> trainer = actor("trainer", Role.TRAINER);
        if (supervisor.isEmpty() || learner.isEmpty() || trainer.isEmpty() || !mentorships.relationships(supervisor.get()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        RelationshipView r = mentorships.arrange(trainer.get(), new RelationshipDraft("supervisor", "learner", "psychology",
                today.minusMonths(7), today.plusMonths(5),
                "Work safely with children and mothers after return: trauma-informed contact, risk assessment, safeguarding, and looking after oneself.",
                Map.of("TRAUMA_INFORMED_PRACTICE", BigDecimal.valueOf(12), "RISK_ASSESSMENT", BigDecimal.valueOf(8),
                        "CHILD_SAFEGUARDING", BigDecimal.valueOf(8), "SELF_CARE", BigDecimal.valueOf(4))));
        String ongoingCase = supervision.newCaseReference(supervisor.get());
        String secondCase = supervision.newCaseReference(supervisor.get());
        for (int i = 0; i < 12; i++) {
            LocalDate day = today.minusDays(14L * (12 - i) - 3);
            boolean bySupervisor = i % 2 == 0;
            Actor author = bySupervisor ? supervisor.get() : learner.get();
            SessionView s = supervision.log(author, r.id(), new SessionDraft(day.atTime(10, 0).toInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MINUTES), i % 3 == 0 ? 90 : 60, i % 4 == 3 ? "group_in_person" : "individual_online",
                    TOPICS.get(i % TOPICS.size()), i % 3 == 1 ? List.of(ongoingCase, secondCase) : List.of(ongoingCase)));
            if (i % 4 == 0) {
                supervision.reflect(learner.get(), s.id(), REFLECTIONS.get(i / 4));
                supervision.note(supervisor.get(), s.id(), NOTES.get(i / 4));
            }
            if (i < 9) {
                if (bySupervisor) {
                    supervision.confirm(learner.get(), s.id());
                }
                supervision.signOff(supervisor.get(), s.id());
            } else if (i == 10) {
                supervision.confirm(learner.get(), s.id());
            }
        }
        LOG.info("Demo mentoring: supervisor mentors learner, 12 sessions");
    }

    private Optional<Actor> actor(String username, Role role) {
        return accounts.find(new Username(username)).filter(a -> a.hasRole(role))
                .map(a -> new Actor(username, a.organisation().id(), EnumSet.copyOf(a.roles())));
    }
}
