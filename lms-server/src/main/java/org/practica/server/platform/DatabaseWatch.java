package org.practica.server.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Knows, within a few seconds, whether the database answers: every second it pings it with a
 * two-second limit over a connection of its own, outside the pool (a pool full of requests stuck
 * on a silent database would otherwise hide the outage). The ping runs on a thread of its own and
 * the limit is kept by the clock, not by the socket: Connector/J's Unix socket does not time out a
 * read, so a frozen database would hold the ping for as long as it stays frozen. While it does not answer,
 * {@link DatabaseOutage} answers requests at once with 503 and Retry-After instead of letting
 * each of them wait on a database that will not reply.
 * <p>
 * Both the clock and the ping have threads of their own rather than the server's shared pool: in
 * an outage that pool fills with requests waiting on the database, and a watch queued behind them
 * would notice the outage only when they give up, tens of seconds later.
 */
@ApplicationScoped
public class DatabaseWatch {

    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());
    private static final int PING_SECONDS = 2;

    @Resource(lookup = "practica/dbUrl")
    String url;

    @Resource(lookup = "practica/dbUser")
    String user;

    /** From the environment or server.env, as the data source has it; the embedded database's comes from its file. */
    @Inject
    @ConfigProperty(name = "PRACTICA_DB_PASSWORD")
    Optional<String> password;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean answering = true;
    private ScheduledExecutorService clock;
    private ExecutorService pinger;
    private Connection own;
    private Future<Boolean> ping;
    private long pingStarted;

    void start() {
        clock = Executors.newSingleThreadScheduledExecutor(threads);
        pinger = Executors.newSingleThreadExecutor(threads);
        clock.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    void stop() {
        if (clock != null) {
            clock.shutdownNow();
            pinger.shutdownNow();
        }
        forget();
    }

    public boolean answering() {
        return answering;
    }

    private synchronized void check() {
        try {
            checkOnce();
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again: the watch must outlive any one failure
            LOG.log(Level.WARNING, "The database watch failed once and carries on", e);
        }
    }

    private void checkOnce() {
        long now = System.nanoTime();
        if (ping != null && !ping.isDone()) {
            if (now - pingStarted > TimeUnit.SECONDS.toNanos(PING_SECONDS)) {
                record(false);   // still waiting for the answer: the database is silent
            }
            return;
        }
        if (ping != null) {
            record(answered(ping));
        }
        pingStarted = now;
        ping = pinger.submit(this::pingOnce);
    }

    private static boolean answered(Future<Boolean> done) {
        try {
            return done.get();
        } catch (ExecutionException | CancellationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean pingOnce() {
        try {
            if (own == null) {
                Properties login = new Properties();
                login.setProperty("user", user);
                login.setProperty("password", password.orElse(""));
                login.setProperty("connectTimeout", String.valueOf(PING_SECONDS * 1000));
                login.setProperty("socketTimeout", String.valueOf(PING_SECONDS * 1000));
                own = new org.mariadb.jdbc.Driver().connect(url, login);
            }
            boolean ok = own.isValid(PING_SECONDS);
            if (!ok) {
                forget();
            }
            return ok;
        } catch (SQLException | RuntimeException e) {
            forget();
            return false;
        }
    }

    private void forget() {
        if (own != null) {
            try {
                own.close();
            } catch (SQLException ignored) {
                // it was broken anyway
            }
            own = null;
        }
    }

    private void record(boolean now) {
        if (now != answering) {
            answering = now;
            if (now) {
                LOG.info("The database answers again");
            } else {
                LOG.warning("The database does not answer; requests get 503 until it does");
            }
        }
    }
}
