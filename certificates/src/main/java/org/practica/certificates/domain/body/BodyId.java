package org.practica.certificates.domain.body;

/** The identity of a professional body. */
public record BodyId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
