package org.practica.courses.application;

import java.util.Optional;

/** The people who can take courses, as the server's identity records know them. */
public interface LearnerDirectory {

    /** The learner's display name, if an enabled account with the LEARNER role has this username. */
    Optional<String> learner(String username);
}
