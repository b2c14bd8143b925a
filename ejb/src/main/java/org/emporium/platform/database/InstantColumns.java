package org.emporium.platform.database;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant}s as SQL timestamps. The EclipseLink that Payara 6 ships would otherwise serialize them
 * into a blob. Timestamps are written in the JVM's zone; the server runs in UTC (see README, operations).
 */
@Converter(autoApply = true)
public class InstantColumns implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
