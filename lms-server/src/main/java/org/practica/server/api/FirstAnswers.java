package org.practica.server.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * The first answer to each replayable action, per account and key ({@code replayed_request}).
 * A key is claimed before the action runs, so two sends at once cannot both carry it out; a claim
 * whose server stopped before it answered is taken over after {@link #ABANDONED}, which is safe
 * because the actions themselves are harmless to repeat (a lesson done stays done, a newer answer
 * wins). Answers are kept a week: a device that has been offline longer sends its keys anew.
 */
@ApplicationScoped
public class FirstAnswers {

    static final Duration KEPT = Duration.ofDays(7);
    static final Duration ABANDONED = Duration.ofMinutes(2);
    /** Larger answers are not kept; a repeat of such an action is answered with its status alone. */
    static final int MAX_BODY = 64 * 1024;

    /** What a claim found: the action is ours to carry out, is being carried out, or was answered. */
    public sealed interface Claim {
    }

    public record Ours(String account, String key) implements Claim {
    }

    public record Busy() implements Claim {
    }

    public record Answered(String request, int status, String contentType, byte[] body) implements Claim {
    }

    @Resource(lookup = "jdbc/practica")
    DataSource dataSource;

    @Inject
    Clock clock;

    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    public Claim claim(String account, String key, String request) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO replayed_request (account, request_key, request, status, created_at) VALUES (?, ?, ?, 0, ?)")) {
                insert.setString(1, account);
                insert.setString(2, key);
                insert.setString(3, request);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.executeUpdate();
                return new Ours(account, key);
            } catch (SQLIntegrityConstraintViolationException taken) {
                return existing(c, account, key, request, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("replayed request " + key, e);
        }
    }

    private Claim existing(Connection c, String account, String key, String request, Instant now) throws SQLException {
        try (PreparedStatement takeOver = c.prepareStatement(
                "UPDATE replayed_request SET created_at = ?, request = ? WHERE account = ? AND request_key = ? AND status = 0 AND created_at < ?")) {
            takeOver.setTimestamp(1, Timestamp.from(now));
            takeOver.setString(2, request);
            takeOver.setString(3, account);
            takeOver.setString(4, key);
            takeOver.setTimestamp(5, Timestamp.from(now.minus(ABANDONED)));
            if (takeOver.executeUpdate() == 1) {
                return new Ours(account, key);
            }
        }
        try (PreparedStatement read = c.prepareStatement(
                "SELECT request, status, content_type, body FROM replayed_request WHERE account = ? AND request_key = ?")) {
            read.setString(1, account);
            read.setString(2, key);
            try (ResultSet r = read.executeQuery()) {
                if (!r.next() || r.getInt(2) == 0) {
                    return new Busy();
                }
                return new Answered(r.getString(1), r.getInt(2), r.getString(3), r.getBytes(4));
            }
        }
    }

    /** Keeps the answer to a claimed action; a body too large is left out. */
    public void answer(Ours claim, int status, String contentType, byte[] body) {
        boolean keepBody = body != null && body.length <= MAX_BODY;
        update("UPDATE replayed_request SET status = ?, content_type = ?, body = ? WHERE account = ? AND request_key = ?",
                s -> {
                    s.setInt(1, status);
                    s.setString(2, keepBody ? contentType : null);
                    s.setBytes(3, keepBody ? body : null);
                    s.setString(4, claim.account());
                    s.setString(5, claim.key());
                });
    }

    /** Gives a claim up (the server failed): the device's next send is carried out afresh. */
    public void release(Ours claim) {
        update("DELETE FROM replayed_request WHERE account = ? AND request_key = ? AND status = 0", s -> {
            s.setString(1, claim.account());
            s.setString(2, claim.key());
        });
    }

    private void purgeNowAndThen(Instant now) {
        Instant last = lastPurge.get();
        if (last.isAfter(now.minus(Duration.ofHours(1))) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        update("DELETE FROM replayed_request WHERE created_at < ?", s -> s.setTimestamp(1, Timestamp.from(now.minus(KEPT))));
    }

    private interface Binding {
        void bind(PreparedStatement s) throws SQLException;
    }

    private void update(String sql, Binding binding) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binding.bind(s);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("replayed request", e);
        }
    }
}
