package org.practica.server.api.support;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An action a device may send again without knowing whether the first send arrived: a lesson
 * marked done or an answer given offline, sent when the line comes back. A request that carries
 * an {@code Idempotency-Key} header is carried out once per key and account; sent again with the
 * same key, it is answered as the first was, and nothing happens twice. Only for actions whose
 * answers hold nothing sensitive, since the first answer is kept for a week to be repeated.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Replayable {

    /** The header, as the IETF's draft on idempotent HTTP requests names it. */
    String HEADER = "Idempotency-Key";
}
