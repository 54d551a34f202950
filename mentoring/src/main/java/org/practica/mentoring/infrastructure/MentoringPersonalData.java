package org.practica.mentoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.kernel.Actor;
import org.practica.kernel.PersonalData;
import org.practica.mentoring.application.Mentorships;
import org.practica.mentoring.application.RelationshipView;
import org.practica.mentoring.application.SessionView;
import org.practica.mentoring.application.SupervisionSessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The supervision a person is in, as supervisor or mentee: each relationship and its sessions,
 * with the reflections and notes the pair may read, unsealed for them. Relationships they only
 * oversee as an administrator are other people's data and stay out.
 */
@ApplicationScoped
public class MentoringPersonalData implements PersonalData {

    @Inject
    Mentorships mentorships;

    @Inject
    SupervisionSessions sessions;

    /** One relationship with its sessions. */
    public record Supervision(RelationshipView relationship, List<SessionView> sessions) {
    }

    @Override
    public String part() {
        return "mentoring";
    }

    @Override
    public Records of(Actor person) {
        List<Supervision> mine = new ArrayList<>();
        int sessionCount = 0;
        for (RelationshipView r : mentorships.relationships(person)) {
            if (person.username().equals(r.supervisor()) || person.username().equals(r.mentee())) {
                List<SessionView> held = sessions.sessions(person, r.id());
                mine.add(new Supervision(r, held));
                sessionCount += held.size();
            }
        }
        return new Records(Map.of("relationships", mine), Map.of("relationships", mine.size(), "sessions", sessionCount), Map.of());
    }
}
