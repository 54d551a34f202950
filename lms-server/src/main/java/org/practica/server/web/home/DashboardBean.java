package org.practica.server.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CourseSummary;
import org.practica.courses.application.EnrollmentView;
import org.practica.courses.application.Learning;
import org.practica.courses.domain.enrollment.EnrollmentStatus;
import org.practica.identity.application.AccountView;
import org.practica.identity.application.Caller;
import org.practica.identity.application.UserAdministration;
import org.practica.kernel.Role;
import org.practica.mentoring.application.PracticeRecord;
import org.practica.server.web.support.FacesFeedback;

import java.util.List;

/** What each role sees first: a learner's courses, a trainer's courses, an administrator's figures. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    @Inject
    UserAdministration administration;

    @Inject
    Learning learning;

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    PracticeRecord practice;

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

    /** Active and completed enrolments, the ones in progress first. */
    public List<EnrollmentView> getEnrolments() {
        if (!caller.get().has(Role.LEARNER)) {
            return List.of();
        }
        return learning.mine(caller.get(), caller.reader(null)).stream()
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                .sorted((a, b) -> Boolean.compare(a.completedAt() != null, b.completedAt() != null))
                .toList();
    }

    public List<CourseSummary> getAuthored() {
        if (!caller.get().has(Role.TRAINER)) {
            return List.of();
        }
        return catalogue.authoredBy(caller.get(), caller.reader(null));
    }

    public int getAccountCount() { return accounts().size(); }
    public long getDisabledCount() { return accounts().stream().filter(a -> !a.enabled()).count(); }
    public int getOrganisationCount() { return administration.organisations(FacesFeedback.signedIn()).size(); }
}
