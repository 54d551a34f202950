package org.practica.assessments.domain.survey;

/** What a survey promises about who said what; fixed once it is open, since people answered under it. */
public enum Anonymity {
    /** No response is linked to anyone; free-text answers can be shown. */
    ANONYMOUS,
    /** The response is kept with the person's account but only ever reported as counts, never by name. */
    CONFIDENTIAL
}
