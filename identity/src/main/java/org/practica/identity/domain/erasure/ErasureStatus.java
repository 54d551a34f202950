package org.practica.identity.domain.erasure;

public enum ErasureStatus {
    REQUESTED,
    WITHDRAWN,
    REFUSED,
    ERASED;

    public boolean open() {
        return this == REQUESTED;
    }
}
