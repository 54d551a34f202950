package org.practica.certificates.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

/**
 * Native statements that do not make the persistence context flush first. Each touches only its
 * own rows, and a flush before every one would compare every managed entity every time, which
 * made bulk issuance slow in proportion to the square of a chunk.
 */
final class NativeStatements {

    private NativeStatements() {
    }

    static Query unflushed(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }
}
