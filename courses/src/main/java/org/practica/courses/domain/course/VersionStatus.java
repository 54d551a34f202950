package org.practica.courses.domain.course;

/** DRAFT: being written. PUBLISHED: the version new learners get. SUPERSEDED: kept for learners who started on it. */
public enum VersionStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
