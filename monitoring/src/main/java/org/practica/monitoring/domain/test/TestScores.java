package org.practica.monitoring.domain.test;

import org.practica.monitoring.domain.CountFilter;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The graded attempts monitoring counted, and what it reads of them; nothing here returns a name. */
public interface TestScores {

    void add(TestScore score);

    /** Keeps what the quiz and its course are called now. */
    void name(long quizId, long courseId, String courseTitle, String quizTitle);

    Map<Long, ScoredQuiz> quizzes(Collection<Long> ids);

    /**
     * Every paired score (pre-test and post-test) of the people whose post-test in a pair was graded
     * in the filter's period, within its organisation and facts; a course filter names the course.
     */
    List<TestScore> pairedForPostTestsIn(CountFilter filter);

}
