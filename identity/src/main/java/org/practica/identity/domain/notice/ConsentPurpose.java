package org.practica.identity.domain.notice;

/**
 * What a person may allow beyond what Practica needs to work, each separately, and withdraw at
 * any time. Nothing is allowed until the person says so.
 */
public enum ConsentPurpose {
    /** Their profile facts (country, organisation's kind, discipline) counted in anonymous statistics. */
    STATISTICS
}
