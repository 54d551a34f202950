package org.practica.assessments.domain.survey;

import org.practica.courses.domain.course.CourseId;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface SurveyRepository {

    void add(Survey survey);

    Optional<Survey> find(SurveyId id);

    List<Survey> of(CourseId course);

    List<Survey> open();

    /** The person's invitation, locked for update: two answers sent at once must not both pass. */
    Optional<SurveyInvitation> invitationLocked(SurveyId survey, String person);

    Optional<SurveyInvitation> invitation(SurveyId survey, String person);

    void invite(SurveyInvitation invitation);

    /** Of the surveys, who was asked; each person once. */
    Map<Long, java.util.Set<String>> invited(List<SurveyId> surveys);

    void respond(SurveyResponse response);

    List<SurveyResponse> responses(SurveyId survey);

    /** Per survey: how many were asked and how many answered. */
    Map<Long, Reach> reach(List<SurveyId> surveys);

    record Reach(long invited, long answered) {

        public static final Reach NONE = new Reach(0, 0);
    }
}
