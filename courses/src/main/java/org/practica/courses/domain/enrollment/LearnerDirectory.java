package org.practica.courses.domain.enrollment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Who may be enrolled, as the identity part of the server knows it: active accounts with the
 * learner role. Courses keep only usernames; names are looked up for trainers' reports.
 */
public interface LearnerDirectory {

    /** The learner's display name, or empty if there is no active learner of that name. */
    Optional<String> learner(String username);

    /** Display names of those of the given usernames that exist. */
    Map<String, String> names(Collection<String> usernames);
}
