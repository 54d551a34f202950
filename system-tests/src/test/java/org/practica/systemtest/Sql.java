package org.practica.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checking and arranging the database under test directly, as tests that compare with it must. */
final class Sql {

    private Sql() {
    }

    /** The first column of the one row a query gives (a count, an id). */
    static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            assertTrue(r.next(), "no row for " + sql);
            return r.getLong(1);
        }
    }

    /** Carries out a change and says how many rows it touched. */
    static int update(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            return s.executeUpdate();
        }
    }
}
