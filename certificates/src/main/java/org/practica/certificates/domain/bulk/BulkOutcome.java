package org.practica.certificates.domain.bulk;

/**
 * What a bulk run did for one person, kept so that a run which issued less than asked says why.
 * SKIPPED is how runs before the reasons were kept recorded any person not issued.
 */
public enum BulkOutcome {
    ISSUED,
    /** Already holds a valid certificate under the programme. */
    HELD,
    /** Does not meet every requirement yet. */
    UNMET,
    /** The programme was no longer open when the person's turn came. */
    CLOSED,
    SKIPPED
}
