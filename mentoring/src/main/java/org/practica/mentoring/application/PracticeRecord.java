package org.practica.mentoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.kernel.Actor;
import org.practica.kernel.InvalidInput;
import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.relationship.RelationshipRepository;
import org.practica.mentoring.domain.session.SessionRepository;
import org.practica.mentoring.domain.session.SessionStatus;
import org.practica.mentoring.domain.session.SupervisedHours;
import org.practica.mentoring.domain.session.SupervisionSession;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


/**
 * What supervised practice adds up to: a relationship's hours against its plan, its log book, a
 * supervisor's overview of their mentees, and a person's signed-off hours for certificates.
 */
@ApplicationScoped
@Transactional
public class PracticeRecord implements SupervisedPracticeRecord {

    @Inject
    RelationshipRepository relationships;

    @Inject
    SessionRepository sessions;

    @Inject
    RelationshipAccess access;

    @Inject
    People people;

    @Inject
    CompetencyFrameworks frameworks;

    /** Hours signed off and pending, per competency against the plan, and per month. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsView totals(Actor reader, long relationshipId) {
        return totals(reader, relationshipId, null, null);
    }

    /** The same, counting only sessions held from one day to another (either may be open). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsView totals(Actor reader, long relationshipId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "relationship.endsBeforeStart");
        }
        MentoringRelationship r = access.visible(reader, relationshipId);
        return TotalsView.of(r, SupervisedHours.between(sessions.ofRelationship(relationshipId), from, to));
    }

    /** The log book of a relationship, for anyone who may see it; texts are left out for everyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LogBook logBook(Actor reader, long relationshipId) {
        MentoringRelationship r = access.visible(reader, relationshipId);
        List<SupervisionSession> all = sessions.ofRelationship(relationshipId);
        return new LogBook(RelationshipView.of(r), displayName(r.supervisor()), displayName(r.mentee()),
                TotalsView.of(r, SupervisedHours.of(all)), all.stream().map(s -> SessionView.of(s, false)).toList(),
                frameworks.of(r.discipline().name()));
    }

    private String displayName(String username) {
        return people.find(username).map(People.Person::displayName).orElse(username);
    }

    /** The caller's mentees as their supervisor, with hours and the sessions waiting for them; newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MenteeOverview> dashboard(Actor supervisor) {
        return relationships.involving(supervisor.username()).stream().filter(r -> r.supervisor().equals(supervisor.username()))
                .map(r -> {
                    List<SupervisionSession> all = sessions.ofRelationship(r.id());
                    SupervisedHours h = SupervisedHours.of(all);
                    BigDecimal required = r.requiredHours().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    int waiting = (int) all.stream().filter(s -> s.status() == SessionStatus.CONFIRMED
                            || s.status() == SessionStatus.LOGGED && !s.loggedBy().equals(supervisor.username())).count();
                    return new MenteeOverview(r.id(), r.mentee(), r.discipline().name(), r.status(),
                            SupervisedHours.hours(h.signedOffMinutes()), SupervisedHours.hours(h.pendingMinutes()), required,
                            h.percentOfAll(required), waiting);
                }).toList();
    }

    /** The caller's supervisions as a mentee in which sessions their supervisor logged wait for their confirmation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionsToConfirm> toConfirm(Actor mentee) {
        return relationships.involving(mentee.username()).stream().filter(r -> r.mentee().equals(mentee.username()))
                .map(r -> new SessionsToConfirm(r.id(), r.supervisor(), (int) sessions.ofRelationship(r.id()).stream()
                        .filter(s -> s.status() == SessionStatus.LOGGED && !s.loggedBy().equals(mentee.username())).count()))
                .filter(w -> w.waiting() > 0)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, BigDecimal> signedOffHours(String person, LocalDate from, LocalDate to) {
        Map<String, Integer> minutes = new TreeMap<>();
        for (MentoringRelationship r : relationships.involving(person)) {
            if (r.mentee().equals(person)) {
                SupervisedHours.between(sessions.ofRelationship(r.id()), from, to).signedOffByCompetency()
                        .forEach((c, m) -> minutes.merge(c, m, Integer::sum));
            }
        }
        Map<String, BigDecimal> hours = new TreeMap<>();
        minutes.forEach((c, m) -> hours.put(c, SupervisedHours.hours(m)));
        return hours;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal signedOffTotal(String person, LocalDate from, LocalDate to) {
        int minutes = 0;
        for (MentoringRelationship r : relationships.involving(person)) {
            if (r.mentee().equals(person)) {
                minutes += SupervisedHours.between(sessions.ofRelationship(r.id()), from, to).signedOffMinutes();
            }
        }
        return SupervisedHours.hours(minutes);
    }
}
