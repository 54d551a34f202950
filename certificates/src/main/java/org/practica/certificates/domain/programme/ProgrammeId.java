package org.practica.certificates.domain.programme;

/** The identity of a certification programme. */
public record ProgrammeId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
