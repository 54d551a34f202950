package org.practica.mentoring.application;

import java.util.List;
import java.util.Locale;

/**
 * What a mentee's log book shows, for a file to hand to a professional body: the relationship, the
 * hours and every session, but never a reflection, a note or an amendment's reason, whoever asks.
 */
public record LogBook(RelationshipView relationship, String supervisorName, String menteeName, TotalsView totals,
                      List<SessionView> sessions, List<CompetencyView> framework) {

    /** The competency's name in the reader's language (Russian or English), or its code if the framework lost it. */
    public String competencyName(String code, Locale locale) {
        return CompetencyView.nameIn(framework, code, locale);
    }
}
