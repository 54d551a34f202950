package org.practica.kernel;

/** What a person may do in Practica. Names are the security roles used by pages and the API. */
public enum Role {
    LEARNER, SUPERVISOR, TRAINER, REGISTRAR, ADMIN,
    /** Reads the whole audit trail and verifies it; changes nothing. */
    AUDITOR,
    /**
     * Reads the monitoring indicators of their organisation (or, when a platform administrator
     * allows it, of every organisation of a national programme): aggregates only, never a named
     * person's answers, notes or grades.
     */
    PROGRAMME_MANAGER;

    public static final String LEARNER_NAME = "LEARNER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String REGISTRAR_NAME = "REGISTRAR";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String PROGRAMME_MANAGER_NAME = "PROGRAMME_MANAGER";
}
