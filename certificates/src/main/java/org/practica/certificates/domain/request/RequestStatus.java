package org.practica.certificates.domain.request;

public enum RequestStatus {
    PENDING,
    APPROVED,
    REJECTED
}
