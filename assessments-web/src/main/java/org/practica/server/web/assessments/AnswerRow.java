package org.practica.server.web.assessments;

import java.io.Serializable;

/** One answer as typed: its words (or number), credit in percent, feedback, tolerance for numbers. */
public class AnswerRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private String percent;
    private String feedback;
    private String tolerance;

    public AnswerRow() {
    }

    AnswerRow(String text, String percent, String feedback, String tolerance) {
        this.text = text;
        this.percent = percent;
        this.feedback = feedback;
        this.tolerance = tolerance;
    }

    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getPercent() { return percent; }
    public void setPercent(String v) { percent = v; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String v) { feedback = v; }
    public String getTolerance() { return tolerance; }
    public void setTolerance(String v) { tolerance = v; }
}
