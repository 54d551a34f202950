package org.practica.server.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.EssayToGrade;
import org.practica.assessments.application.Marking;
import org.practica.assessments.application.Quizzes;
import org.practica.certificates.application.CertificateView;
import org.practica.certificates.application.Certification;
import org.practica.certificates.application.Programmes;
import org.practica.certificates.application.Registry;
import org.practica.certificates.application.RequestView;
import org.practica.certificates.domain.certificate.VerifiedStatus;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CourseSummary;
import org.practica.courses.application.EnrollmentView;
import org.practica.courses.application.Learning;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.enrollment.EnrollmentStatus;
import org.practica.identity.application.AccountView;
import org.practica.identity.application.Caller;
import org.practica.identity.application.UserAdministration;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;
import org.practica.mentoring.application.PracticeRecord;
import org.practica.mentoring.application.SessionsToConfirm;
import org.practica.server.web.support.FacesFeedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What each role sees first: what is theirs to do next. A learner's courses and certificates, a
 * trainer's essays waiting (oldest first), a supervisor's sessions to confirm, a registrar's
 * requests, an administrator's figures.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    @Inject
    org.practica.assessments.application.Surveys surveys;

    private List<org.practica.assessments.application.AskedSurvey> waitingSurveys;

    @Inject
    UserAdministration administration;

    @Inject
    org.practica.identity.application.Erasures erasures;

    @Inject
    Learning learning;

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    PracticeRecord practice;

    @Inject
    Marking marking;

    @Inject
    Quizzes quizzes;

    @Inject
    Certification certification;

    @Inject
    Registry registry;

    @Inject
    Programmes programmes;

    /** A quiz of one of the learner's courses that closes on a date. */
    public record Due(long quizId, String quizTitle, String courseTitle, Instant closesAt) {
    }

    /** Essays of one course waiting for its trainer. */
    public record EssayQueue(long courseId, String courseTitle, int waiting, Instant oldest) {
    }

    private List<EssayQueue> essayQueues;
    private List<Due> due;
    private List<EnrollmentView> enrolments;
    private List<RequestView> pending;
    private List<CertificateView> certificates;
    private List<SessionsToConfirm> toConfirm;

    private List<AccountView> accounts;
    private List<org.practica.mentoring.application.MenteeOverview> mentees;

    private List<AccountView> accounts() {
        if (accounts == null) {
            accounts = administration.accounts(FacesFeedback.signedIn());
        }
        return accounts;
    }

    /** A supervisor's mentees with their hours and what waits for the supervisor. */
    public List<org.practica.mentoring.application.MenteeOverview> getMentees() {
        if (mentees == null) {
            mentees = caller.get().has(Role.SUPERVISOR) ? practice.dashboard(caller.get()) : List.of();
        }
        return mentees;
    }

    /** Sessions the learner, as a mentee, has yet to confirm. */
    public List<SessionsToConfirm> getSessionsToConfirm() {
        if (toConfirm == null) {
            toConfirm = caller.get().has(Role.LEARNER) ? practice.toConfirm(caller.get()) : List.of();
        }
        return toConfirm;
    }

    /** What is due and when: quizzes of courses in progress that close in the weeks ahead, soonest first. */
    public List<Due> getDue() {
        if (due == null) {
            Instant now = Instant.now();
            Instant horizon = now.plus(Duration.ofDays(60));
            due = getEnrolments().stream().filter(e -> e.completedAt() == null)
                    .flatMap(e -> quizzes.of(caller.get(), new CourseId(e.courseId())).stream()
                            .filter(q -> q.settings().closesAt() != null && q.settings().closesAt().isAfter(now)
                                    && q.settings().closesAt().isBefore(horizon))
                            .map(q -> new Due(q.id(), q.title(), e.courseTitle(), q.settings().closesAt())))
                    .sorted(Comparator.comparing(Due::closesAt))
                    .limit(5)
                    .toList();
        }
        return due;
    }

    /** Surveys waiting for the learner's answers: evaluations of courses they completed, and follow-ups. */
    public List<org.practica.assessments.application.AskedSurvey> getSurveys() {
        if (waitingSurveys == null) {
            waitingSurveys = !caller.get().has(Role.LEARNER) ? List.of() : surveys.waitingFor(caller.get());
        }
        return waitingSurveys;
    }

    /** Active and completed enrolments, the ones in progress first. */
    public List<EnrollmentView> getEnrolments() {
        if (enrolments == null) {
            enrolments = !caller.get().has(Role.LEARNER) ? List.of() : learning.mine(caller.get(), caller.reader(null)).stream()
                    .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                    .sorted((a, b) -> Boolean.compare(a.completedAt() != null, b.completedAt() != null))
                    .toList();
        }
        return enrolments;
    }

    public List<CourseSummary> getAuthored() {
        if (!caller.get().has(Role.TRAINER)) {
            return List.of();
        }
        return catalogue.authoredBy(caller.get(), caller.reader(null));
    }

    /** Courses with essays to grade, the longest-waiting first. */
    public List<EssayQueue> getEssayQueues() {
        if (essayQueues == null) {
            essayQueues = new ArrayList<>();
            for (CourseSummary c : getAuthored()) {
                List<EssayToGrade> essays = marking.essaysToGrade(caller.get(), new CourseId(c.id()));
                if (!essays.isEmpty()) {
                    Instant oldest = essays.stream().map(EssayToGrade::submittedAt).filter(Objects::nonNull)
                            .min(Comparator.naturalOrder()).orElse(null);
                    essayQueues.add(new EssayQueue(c.id(), c.title(), essays.size(), oldest));
                }
            }
            essayQueues.sort(Comparator.comparing(EssayQueue::oldest, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        return essayQueues;
    }

    public int getEssaysWaiting() {
        return getEssayQueues().stream().mapToInt(EssayQueue::waiting).sum();
    }

    /** The registrar's body's requests waiting for a decision, oldest first. */
    public List<RequestView> getPendingRequests() {
        if (pending == null) {
            pending = registrar() ? forRegistrar(() -> registry.pending(caller.get(), language())) : List.of();
            pending = pending.stream().sorted(Comparator.comparing(RequestView::requestedAt)).toList();
        }
        return pending;
    }

    /** The five that have waited longest, for the card; the registry lists them all. */
    public List<RequestView> getOldestRequests() {
        return getPendingRequests().stream().limit(5).toList();
    }

    public int getProgrammeCount() {
        return registrar() ? forRegistrar(() -> programmes.ofOwnBody(caller.get(), language())).size() : 0;
    }

    /** The learner's certificates that are valid today. */
    public List<CertificateView> getValidCertificates() {
        if (certificates == null) {
            certificates = caller.get().has(Role.LEARNER)
                    ? certification.mine(caller.get()).stream().filter(c -> c.status() == VerifiedStatus.VALID).toList()
                    : List.of();
        }
        return certificates;
    }

    /** The valid certificate that runs out first, if it runs out within ninety days: time to renew. */
    public CertificateView getNextRenewal() {
        LocalDate soon = LocalDate.now().plusDays(90);
        return getValidCertificates().stream().filter(c -> c.validUntil() != null && !c.validUntil().isAfter(soon))
                .min(Comparator.comparing(CertificateView::validUntil)).orElse(null);
    }

    private boolean registrar() {
        return caller.get().has(Role.REGISTRAR);
    }

    /** A registrar not yet attached to a body has nothing waiting, rather than an error page. */
    private static <T> List<T> forRegistrar(Supplier<List<T>> query) {
        try {
            return query.get();
        } catch (NotPermitted | NotFound noBody) {
            return List.of();
        }
    }

    private String language() {
        return caller.locale().getLanguage();
    }

    public int getAccountCount() { return accounts().size(); }
    public long getDisabledCount() { return accounts().stream().filter(a -> !a.enabled()).count(); }
    /** Erasure requests waiting for this administrator's decision. */
    public int getErasuresWaiting() { return erasures.waiting(FacesFeedback.signedIn()).size(); }
    public int getOrganisationCount() { return administration.organisations(FacesFeedback.signedIn()).size(); }
}
