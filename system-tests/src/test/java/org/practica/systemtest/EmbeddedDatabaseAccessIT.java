package org.practica.systemtest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded MariaDB of the running server is closed to everyone but the server itself: no
 * other OS user reaches its socket, and no database login but the application's, with its
 * generated password, gets in (the signing keys are in there).
 */
class EmbeddedDatabaseAccessIT {

    private static final String URL = "jdbc:mariadb://localhost/practica?localSocket=";

    @Test
    void theSocketDataAndPasswordAreTheServerUsersAlone() throws Exception {
        Path socket = ServerUnderTest.databaseSocket();
        assertTrue(Files.exists(socket), "the test server's socket is at " + socket);
        assertEquals("rwx------", mode(socket.getParent()), "the socket's directory");
        assertEquals("rwx------", mode(ServerUnderTest.serverDir().resolve("data")), "the data directory");
        assertEquals("rw-------", mode(ServerUnderTest.serverDir().resolve("data/database-password")), "the generated password");
        assertFalse(Files.exists(ServerUnderTest.serverDir().resolve("data/mariadb/grants.sql")), "the start-up grants, with the password, are gone");
    }

    @Test
    void onlyTheApplicationsAccountWithItsPasswordSignsIn() throws Exception {
        String socket = ServerUnderTest.databaseSocket().toString();
        refused(socket, "root", "");
        String password = Files.readString(ServerUnderTest.serverDir().resolve("data/database-password")).strip();
        refused(socket, "root", password);
        refused(socket, "practica", "");
        refused(socket, "practica", password + "x");
        refused(socket, "", "");
        refused(socket, System.getProperty("user.name"), "");
        refused(socket, "mysql", "");
        try (Connection app = ServerUnderTest.database(); Statement s = app.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM signing_key")) {
                assertTrue(r.next());
            }
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT User FROM mysql.global_priv"),
                    "the application's account sees its own schema only");
        }
    }

    /**
     * Another account on the machine (nobody) tries to open the socket: before, the socket was
     * world-writable in /tmp and MariaDB ran without grants, so any local user was root in it.
     */
    @Test
    void anotherOsUserCannotOpenTheSocket() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path setpriv = Path.of("/usr/bin/setpriv");
        if (!root || !Files.isExecutable(setpriv)) {
            // without root we cannot become another user; the directory mode above still holds
            assertEquals("rwx------", mode(ServerUnderTest.databaseSocket().getParent()));
            return;
        }
        Path probeDir = Files.createTempDirectory("socket-probe");
        Files.setPosixFilePermissions(probeDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path probe = probeDir.resolve("Probe.java");
        Files.writeString(probe, """
                import java.net.StandardProtocolFamily;
                import java.net.UnixDomainSocketAddress;
                import java.nio.channels.SocketChannel;
                public class Probe {
                    public static void main(String[] args) {
                        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                            c.connect(UnixDomainSocketAddress.of(args[0]));
                            System.out.println("CONNECTED");
                        } catch (Exception e) {
                            System.out.println("REFUSED " + e);
                        }
                    }
                }
                """);
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("rw-r--r--"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups",
                java, "-Xshare:off", "-XX:-UsePerfData", probe.toString(), ServerUnderTest.databaseSocket().toString())
                .directory(probeDir.toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe finishes");
        String said = new String(p.getInputStream().readAllBytes()).strip();
        Files.delete(probe);
        Files.delete(probeDir);
        assertTrue(said.contains("REFUSED") && said.contains("Permission denied"), "nobody is refused: " + said);
        assertFalse(said.contains("CONNECTED"), said);
    }

    private static void refused(String socket, String user, String password) {
        assertThrows(SQLException.class, () -> {
            try (Connection c = DriverManager.getConnection(URL + socket, user, password)) {
                c.createStatement().execute("SELECT 1");
            }
        }, "a login as '" + user + "' must be refused");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
