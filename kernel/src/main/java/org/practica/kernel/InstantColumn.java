package org.practica.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;

/** Stores {@link Instant}s as TIMESTAMP columns; Jakarta Persistence 3.1 does not map them itself. */
@Converter(autoApply = true)
public class InstantColumn implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A TIMESTAMP column read by a native query, which the driver may give as either type. */
    public static Instant read(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return (Instant) value;
    }
}
