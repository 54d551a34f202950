package org.practica.assessments.domain.question;


/**
 * A prompt of a matching question and the answer that belongs to it. A pair with an empty prompt
 * only adds a distractor to the answers offered.
 */
public record MatchPair(FormattedText prompt, String answer) {

    public MatchPair {
        answer = answer == null ? "" : answer.strip();
    }

    public boolean distractor() {
        return prompt.blank();
    }
}
