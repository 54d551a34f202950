package org.practica.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.kernel.Actor;
import org.practica.kernel.CourseAuthors;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.KnowledgeGain;
import org.practica.monitoring.domain.test.MatchedScores;
import org.practica.monitoring.domain.test.ScoredQuiz;
import org.practica.monitoring.domain.test.TestScore;
import org.practica.monitoring.domain.test.TestScores;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Whether people learned, for a programme manager: each pre-test/post-test pair a trainer made,
 * from the people within the reader's reach and filters whose post-test was graded in the period,
 * each person's first pre-test against their latest post-test.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KnowledgeGains {

    @Inject
    Indicators indicators;

    @Inject
    TestScores scores;

    @Inject
    Instance<CourseAuthors> authors;

    public List<PairGain> within(Actor reader, IndicatorQuery query) {
        return gains(indicators.filter(reader, query));
    }

    /**
     * A trainer's view of their own course: its pairs, from every learner of it whose post-test was
     * graded in the period, whatever their organisation, small groups suppressed as for managers.
     */
    public List<PairGain> ofCourse(Actor trainer, long courseId, LocalDate from, LocalDate to) {
        if (!authors.isResolvable()) {
            throw new NotPermitted("course.notAuthor");
        }
        authors.get().requireAuthorOf(trainer, courseId);
        if (from == null || to == null) {
            throw new InvalidInput(from == null ? "from" : "to", "validation.required");
        }
        return gains(new CountFilter(from, to, OptionalLong.empty(), org.practica.monitoring.domain.TrainingScope.course(courseId)));
    }

    private List<PairGain> gains(CountFilter filter) {
        List<TestScore> paired = scores.pairedForPostTestsIn(filter);
        List<MatchedScores> matched = MatchedScores.of(paired);
        Map<Long, ScoredQuiz> names = scores.quizzes(matched.stream()
                .flatMap(m -> Stream.of(m.pair(), m.preTest())).filter(Objects::nonNull).distinct().toList());
        List<PairGain> gains = new ArrayList<>();
        for (MatchedScores m : matched) {
            ScoredQuiz post = names.get(m.pair());
            ScoredQuiz pre = m.preTest() == null ? null : names.get(m.preTest());
            gains.add(new PairGain(m.pair(), post == null ? "" : post.courseTitle(), post == null ? "#" + m.pair() : post.quizTitle(),
                    pre == null ? "" : pre.quizTitle(), KnowledgeGain.of(m.overall()), m.perQuestion().stream().map(KnowledgeGain::of).toList()));
        }
        gains.sort(Comparator.comparing(PairGain::course).thenComparing(PairGain::postTestTitle));
        return gains;
    }
}
