package org.practica.monitoring.domain;

/** One person's score on a course's pre-test and on its post-test, in percent of the marks. */
public record ScorePair(double before, double after) {

    public ScorePair {
        if (before < 0 || before > 100 || after < 0 || after > 100) {
            throw new IllegalArgumentException("scores are percentages: " + before + ", " + after);
        }
    }

    public double gain() {
        return after - before;
    }
}
