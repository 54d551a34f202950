package org.practica.assessments.domain.attempt;

import org.practica.assessments.domain.question.Response;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.util.List;

/**
 * What is fixed about an attempt from the moment it starts: whose it is, its deadline and the
 * questions drawn for it. Saving an answer needs only this and whether the attempt is still open,
 * so servers keep papers in memory and ask the database only the one thing that changes.
 */
public record AttemptPaper(String learner, Instant deadline, List<AttemptQuestion> questions) {

    public AttemptPaper {
        questions = List.copyOf(questions);
    }

    public boolean belongsTo(String username) {
        return learner.equals(username);
    }

    /**
     * Checks a response to save at {@code now}: in time (with grace), for a question of this
     * attempt that takes an answer, and of the shape that question expects.
     */
    public Response checked(int slot, Response response, Instant now) {
        return checked(slot, response, now, now);
    }

    /**
     * Checks a response the learner gave at {@code answeredAt} and the server hears of at
     * {@code now}, later when the line dropped: it must have been given by the deadline (with
     * grace), and it must arrive within {@link QuizAttempt#RECONNECTION} of it.
     */
    public Response checked(int slot, Response response, Instant answeredAt, Instant now) {
        if (QuizAttempt.overdue(deadline, answeredAt)) {
            throw answeredAt.equals(now) ? new Conflict("attempt", "attempt.overdue") : new Conflict("answeredAt", "attempt.overdue.answered");
        }
        if (QuizAttempt.dueToClose(deadline, now)) {
            throw new Conflict("attempt", "attempt.overdue");
        }
        AttemptQuestion q = questions.stream().filter(x -> x.slot() == slot).findFirst()
                .orElseThrow(() -> new InvalidInput("slot", "attempt.noSuchQuestion", slot));
        if (!q.definition().type().answerable()) {
            throw new InvalidInput("slot", "question.response.nothingToAnswer");
        }
        return q.definition().check(response);
    }
}
