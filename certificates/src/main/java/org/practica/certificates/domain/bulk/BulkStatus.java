package org.practica.certificates.domain.bulk;

public enum BulkStatus {
    QUEUED,
    RUNNING,
    COMPLETED
}
