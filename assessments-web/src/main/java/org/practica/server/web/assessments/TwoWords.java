package org.practica.server.web.assessments;

import java.io.Serializable;

/** Two words that belong together in a question form: a matching pair, a unit with its multiplier, or a translated answer with its feedback. */
public class TwoWords implements Serializable {

    private static final long serialVersionUID = 1L;
    private String first;
    private String second;
    private String original;

    public TwoWords() {
    }

    TwoWords(String first, String second, String original) {
        this.first = first;
        this.second = second;
        this.original = original;
    }

    public String getFirst() { return first; }
    public void setFirst(String v) { first = v; }
    public String getSecond() { return second; }
    public void setSecond(String v) { second = v; }
    /** The original's words, shown beside a translation. */
    public String getOriginal() { return original; }
}
