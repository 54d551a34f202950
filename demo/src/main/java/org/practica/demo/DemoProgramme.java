package org.practica.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CourseSummary;
import org.practica.identity.domain.Language;
import org.practica.identity.domain.Organisation;
import org.practica.identity.domain.OrganisationKind;
import org.practica.identity.domain.OrganisationRepository;
import org.practica.identity.domain.Profile;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.Role;
import org.practica.kernel.ScoredAttempt;
import org.practica.kernel.TrainingEvent;
import org.practica.assessments.application.QuizDraft;
import org.practica.assessments.application.QuizView;
import org.practica.assessments.application.Quizzes;
import org.practica.assessments.domain.quiz.QuizId;
import org.practica.assessments.domain.quiz.ReviewOptions;
import org.practica.courses.domain.course.CourseId;
import org.practica.monitoring.domain.test.TestScore;
import org.practica.monitoring.domain.test.TestScores;
import java.util.Optional;
import java.util.OptionalLong;
import org.practica.monitoring.domain.CountedEvent;
import org.practica.monitoring.domain.certificate.HeldCertificates;
import org.practica.certificates.domain.body.BodyRepository;
import org.practica.monitoring.domain.CountedEvents;
import org.practica.monitoring.domain.profile.AgeBand;
import org.practica.monitoring.domain.profile.OrganisationType;
import org.practica.monitoring.domain.profile.ProfileFacts;
import org.practica.monitoring.domain.profile.ProfileFactsRepository;
import org.practica.monitoring.domain.profile.Profession;
import org.practica.monitoring.domain.profile.Region;
import org.practica.monitoring.domain.profile.Regions;
import org.practica.monitoring.domain.profile.Sex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * A national programme's two years, generated so that a programme manager's dashboard has
 * something to show on a first start: a few hundred learners in partner organisations of the five
 * countries, with the facts most of them gave, and what monitoring counted of their training
 * (enrolments, completions, certificates, supervised hours) month by month.
 *
 * <p>The history is written as monitoring's counted events, not lived through the domains'
 * services: those stamp the present, and two years cannot be replayed at start-up. So the
 * generated learners have figures but no courses to open; they cannot sign in (disabled). The
 * same seed gives the same programme on every fresh installation.
 */
@ApplicationScoped
public class DemoProgramme {

    private static final Logger LOG = Logger.getLogger(DemoProgramme.class.getName());

    static final int LEARNERS = 360;
    static final String PREFIX = "generated-";

    private record Partner(String name, String country, Language language, int weight) {
    }

    private static final List<Partner> PARTNERS = List.of(
            new Partner("Almaty Reintegration Centre (demo)", "KZ", Language.KK, 30),
            new Partner("Tashkent Regional Resource Centre (demo)", "UZ", Language.UZ, 25),
            new Partner("Bishkek Family Support Service (demo)", "KG", Language.KY, 20),
            new Partner("Dushanbe Social Protection Office (demo)", "TJ", Language.TG, 15),
            new Partner("Tirana Community Care Network (demo)", "AL", Language.SQ, 10));

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountedEvents events;

    @Inject
    ProfileFactsRepository facts;

    @Inject
    Catalogue catalogue;

    @Inject
    Clock clock;

    @Inject
    Quizzes quizzes;

    @Inject
    TestScores scores;

    @Inject
    DemoSurveys surveys;

    @Inject
    HeldCertificates certificates;

    @Inject
    BodyRepository bodies;

    /** The first demo course's "Starting check", paired with its "Final check": the pre-test and post-test the generated learners sat. */
    private record PairedChecks(long course, long preTest, long postTest, int questions, DemoSurveys.Pair surveys) {
    }

    @Transactional
    public void provision() {
        if (accounts.find(new Username(PREFIX + "001")).isPresent()) {
            return;
        }
        Optional<Actor> trainer = accounts.find(new Username("trainer"))
                .map(t -> new Actor("trainer", t.organisation().id(), EnumSet.copyOf(t.roles())));
        List<CourseSummary> authored = trainer.map(t -> catalogue.authoredBy(t, ContentLanguage.EN)).orElse(List.of());
        if (authored.isEmpty()) {
            return;
        }
        authored.forEach(c -> events.name(c.id(), c.title()));
        List<Long> courses = authored.stream().map(CourseSummary::id).toList();
        PairedChecks checks = pairedChecks(trainer.get(), authored.get(0));
        Random random = new Random(21);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int counted = 0;
        Map<String, OptionalLong> bodyOf = bodiesByCountry();
        for (int n = 1; n <= LEARNERS; n++) {
            Partner partner = pick(random, PARTNERS, PARTNERS.stream().mapToInt(Partner::weight).toArray());
            Organisation organisation = organisation(partner);
            String username = PREFIX + String.format("%03d", n);
            UserAccount account = new UserAccount(new Username(username),
                    new Profile("Generated learner " + String.format("%03d", n), null, organisation, partner.language()),
                    EnumSet.of(Role.LEARNER), "generated", clock.instant());
            account.setEnabled(false);
            accounts.add(account);
            // reading it back flushes the insert, which gives the account its number
            account = accounts.find(new Username(username)).orElseThrow();
            if (random.nextInt(100) < 88) {
                ProfileFacts given = new ProfileFacts(account.id());
                given.state(statement(random, partner.country()), clock.instant());
                facts.save(given);
            }
            counted += history(random, account, organisation.id(), bodyOf.getOrDefault(partner.country(), OptionalLong.empty()), courses,
                    today, checks);
        }
        LOG.info(() -> "demo programme: " + LEARNERS + " generated learners");
        LOG.fine("demo programme events: " + counted);
    }

    /** One learner's training: one to three courses, most completed, some certified, some supervised. */
    private int history(Random random, UserAccount account, long organisation, OptionalLong body, List<Long> courses, LocalDate today,
                        PairedChecks checks) {
        long person = account.id();
        // more people join as the programme grows: the start leans towards recent months
        LocalDate start = today.minusDays(730 - (long) (Math.sqrt(random.nextDouble()) * 700));
        int written = 0;
        LocalDate lastCompleted = null;
        int taken = 1 + random.nextInt(Math.min(3, courses.size()));
        for (int c = 0; c < taken; c++) {
            long course = courses.get((int) ((person + c) % courses.size()));
            LocalDate enrolled = start.plusDays(c * 21L + random.nextInt(14));
            written += count(TrainingEvent.ENROLLED, person, organisation, course, enrolled, BigDecimal.ONE, today);
            boolean paired = checks != null && course == checks.course();
            if (paired && !enrolled.plusDays(1).isAfter(today)) {
                written += score(random, person, organisation, checks, ScoredAttempt.TestPhase.PRE, enrolled.plusDays(1));
            }
            if (random.nextInt(100) < 72) {
                LocalDate completed = enrolled.plusDays(7 + random.nextInt(54));
                if (!completed.isAfter(today)) {
                    if (paired) {
                        written += score(random, person, organisation, checks, ScoredAttempt.TestPhase.POST, completed);
                        written += surveys.answer(random, checks.surveys(), account.username().value(), person, organisation, completed, today);
                    }
                    written += count(TrainingEvent.COMPLETED, person, organisation, course, completed, BigDecimal.ONE, today);
                    lastCompleted = completed;
                }
            }
        }
        if (lastCompleted != null && random.nextInt(100) < 45) {
            LocalDate issued = lastCompleted.plusDays(14 + random.nextInt(77));
            written += count(TrainingEvent.CERTIFIED, person, organisation, null, issued, BigDecimal.ONE, today);
            if (!issued.isAfter(today) && body.isPresent()) {
                held(person, organisation, body.getAsLong(), issued, today);
            }
        }
        if (random.nextInt(100) < 35) {
            int sessions = 2 + random.nextInt(7);
            for (int s = 0; s < sessions; s++) {
                BigDecimal hours = BigDecimal.valueOf(2 + random.nextInt(3)).divide(BigDecimal.valueOf(2));
                written += count(TrainingEvent.HOURS_SIGNED_OFF, person, organisation, null, start.plusDays(30 + s * 28L + random.nextInt(10)),
                        hours, today);
            }
        }
        return written;
    }

    /**
     * A generated attempt at the paired checks: each question right with a chance that grows from
     * the pre-test to the post-test, except the fifth (risk assessment), which barely moves, so
     * the report shows a topic that did not land.
     */
    private int score(Random random, long person, long organisation, PairedChecks checks, ScoredAttempt.TestPhase phase, LocalDate day) {
        List<BigDecimal> perQuestion = new java.util.ArrayList<>();
        for (int q = 0; q < checks.questions(); q++) {
            int chance = phase == ScoredAttempt.TestPhase.PRE ? 45 : q == 4 ? 50 : 82;
            perQuestion.add(random.nextInt(100) < chance ? BigDecimal.valueOf(100) : BigDecimal.ZERO);
        }
        BigDecimal percent = perQuestion.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(Math.max(1, checks.questions())), 2, java.math.RoundingMode.HALF_UP);
        long quiz = phase == ScoredAttempt.TestPhase.PRE ? checks.preTest() : checks.postTest();
        scores.add(new TestScore(person, organisation, checks.course(), quiz, checks.postTest(), phase, day, percent,
                percent.compareTo(BigDecimal.valueOf(60)) >= 0, perQuestion));
        return 1;
    }

    /** The first demo course's checks, paired: a "Starting check" asking what its "Final check" asks is created when missing. */
    private PairedChecks pairedChecks(Actor trainer, CourseSummary summary) {
        long course = summary.id();
        CourseId id = new CourseId(course);
        List<QuizView> all = quizzes.of(trainer, id);
        Optional<QuizView> last = all.stream().filter(q -> q.title().equals("Final check")).findFirst();
        if (last.isEmpty()) {
            return null;
        }
        QuizView post = last.get();
        QuizView pre = all.stream().filter(q -> q.title().equals("Starting check")).findFirst().orElseGet(() -> {
            String firstModule = catalogue.outline(trainer, id, ContentLanguage.EN).modules().get(0).key();
            return quizzes.create(trainer, id, new QuizDraft(firstModule, post.bankId(), "Starting check", false, 20, 1,
                    BigDecimal.valueOf(60), "HIGHEST", false, true, null, null, ReviewOptions.everything(), post.slots()));
        });
        quizzes.pairAsPretest(trainer, new QuizId(pre.id()), post.id());
        String title = summary.title();
        scores.name(post.id(), course, title, post.title());
        scores.name(pre.id(), course, title, pre.title());
        return new PairedChecks(course, pre.id(), post.id(), post.slots().size(), surveys.open(trainer, course));
    }

    /**
     * A generated certificate, as monitoring holds it (numbered below zero, apart from real ones):
     * valid for one or two years, and now and then revoked before it ends. Drawn from the person's
     * own number so the rest of the generated history stays as it was.
     */
    private void held(long person, long organisation, long body, LocalDate issued, LocalDate today) {
        Random draw = new Random(person);
        LocalDate until = issued.plusYears(1 + draw.nextInt(2)).minusDays(1);
        LocalDate revoked = draw.nextInt(100) < 5 ? issued.plusDays(30 + draw.nextInt(300)) : null;
        certificates.hold(-person, person, organisation, body, issued, issued, until, revoked == null || revoked.isAfter(today) || revoked.isAfter(until)
                ? null : revoked);
    }

    /** The demo body of each country, which certifies its people (the first, where there are several). */
    private Map<String, OptionalLong> bodiesByCountry() {
        Map<String, OptionalLong> first = new java.util.HashMap<>();
        bodies.all().forEach(b -> first.putIfAbsent(b.country(), OptionalLong.of(b.id().value())));
        return first;
    }

    private int count(TrainingEvent event, long person, long organisation, Long course, LocalDate day, BigDecimal amount, LocalDate today) {
        if (day.isAfter(today)) {
            return 0;
        }
        events.add(new CountedEvent(event, person, organisation, course, day, amount));
        return 1;
    }

    private static ProfileFacts.Statement statement(Random random, String country) {
        int s = random.nextInt(100);
        String sex = s < 68 ? Sex.FEMALE.name() : s < 95 ? Sex.MALE.name() : null;
        String age = pick(random, List.of(AgeBand.values()), new int[]{10, 35, 30, 18, 7}).name();
        List<Region> regions = Regions.all().stream().filter(r -> r.country().equals(country)).toList();
        // most practitioners work in the capital or the largest city, the first listed of the country's cities
        Region region = random.nextInt(100) < 30 ? capital(country, regions) : regions.get(random.nextInt(regions.size()));
        String profession = pick(random, List.of(Profession.values()), new int[]{20, 22, 8, 8, 18, 6, 6, 5, 5, 1, 1}).name();
        String type = pick(random, List.of(OrganisationType.values()), new int[]{35, 15, 25, 5, 7, 2, 4, 3, 4}).name();
        return new ProfileFacts.Statement(sex, age, region.code(), profession, type, true);
    }

    private static Region capital(String country, List<Region> regions) {
        String code = switch (country) {
            case "KZ" -> "KZ-75";
            case "UZ" -> "UZ-TK";
            case "KG" -> "KG-GB";
            case "TJ" -> "TJ-DU";
            default -> "AL-11";
        };
        return regions.stream().filter(r -> r.code().equals(code)).findFirst().orElse(regions.get(0));
    }

    private static <T> T pick(Random random, List<T> choices, int[] weights) {
        return choices.get(weighted(random, weights));
    }

    /** An index drawn with the given weights, one per index. */
    static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private Organisation organisation(Partner partner) {
        return organisations.findByName(partner.name()).orElseGet(() -> {
            organisations.add(new Organisation(partner.name(), partner.country(), OrganisationKind.RESOURCE_CENTRE, clock.instant()));
            return organisations.findByName(partner.name()).orElseThrow();
        });
    }
}
