package org.practica.identity.domain.export;

public enum ExportStatus {
    QUEUED, RUNNING, READY, FAILED, EXPIRED
}
