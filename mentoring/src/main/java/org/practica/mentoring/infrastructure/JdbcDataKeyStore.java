package org.practica.mentoring.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.kernel.DataKeyStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * People's data keys in {@code person_data_key} (one per person and relationship). Keys are read
 * through plain JDBC, because that happens while an entity is being loaded, where the persistence
 * context must not be re-entered; a new key is kept in a transaction of its own.
 */
@ApplicationScoped
public class JdbcDataKeyStore implements DataKeyStore {

    @Resource(lookup = "jdbc/practica")
    DataSource database;

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<String> current(String owner, String scope) {
        return one("SELECT id FROM person_data_key WHERE owner = ? AND scope = ? ORDER BY created_at DESC, id LIMIT 1", owner, scope);
    }

    @Override
    public Optional<String> wrapped(String id) {
        return one("SELECT wrapped FROM person_data_key WHERE id = ?", id);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(String id, String owner, String scope, String wrapped) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO person_data_key (id, owner, scope, wrapped, created_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, owner);
            s.setString(3, scope);
            s.setString(4, wrapped);
            s.setTimestamp(5, Timestamp.from(Instant.now()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep a data key", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> forget(String owner) {
        return deleteWhere("owner", owner);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> forgetScopes(Collection<String> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        // scopes are made by the code from numbers ("relationship:42"), checked again before they are written in
        String list = scopes.stream().peek(s -> {
            if (!s.matches("[a-z]+:\\d+")) {
                throw new IllegalArgumentException("not a data key scope");
            }
        }).map(s -> "'" + s + "'").collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT id FROM person_data_key WHERE scope IN (" + list + ")").getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("DELETE FROM person_data_key WHERE scope IN (" + list + ")").executeUpdate();
        }
        return ids;
    }

    /**
     * Through the persistence context's own connection, not a second one in the same transaction.
     */
    private List<String> deleteWhere(String column, String value) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT id FROM person_data_key WHERE " + column + " = ?").setParameter(1, value)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("DELETE FROM person_data_key WHERE " + column + " = ?").setParameter(1, value).executeUpdate();
        }
        return ids;
    }

    @Override
    public Map<String, String> wrappedOtherThan(String installationKeyId, int max) {
        Map<String, String> found = new LinkedHashMap<>();
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, wrapped FROM person_data_key WHERE wrapped NOT LIKE ? ORDER BY id LIMIT ?")) {
            s.setString(1, "gcm1:" + installationKeyId + ":%");
            s.setInt(2, max);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(r.getString(1), r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read data keys", e);
        }
        return found;
    }

    @Override
    public void rewrap(String id, String wrapped) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE person_data_key SET wrapped = ? WHERE id = ?")) {
            s.setString(1, wrapped);
            s.setString(2, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not re-wrap a data key", e);
        }
    }

    private Optional<String> one(String sql, String... parameters) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a data key", e);
        }
    }
}
