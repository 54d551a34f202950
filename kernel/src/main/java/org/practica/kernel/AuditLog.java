package org.practica.kernel;

/**
 * Where domain modules record who did what to which thing. The server keeps the lines in the
 * same transaction as the change they describe.
 */
public interface AuditLog {

    void record(String actor, String action, String subject, String detail);
}
