package org.practica.systemtest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Liberty server the tests run against, for the tests that stop and start it. */
final class ServerUnderTest {

    private ServerUnderTest() {
    }

    static Path dir() {
        return Path.of(System.getProperty("practica.test.server.dir"));
    }

    static String name() {
        return System.getProperty("practica.test.server.name");
    }

    /** The server's own directory: server.env, data/. */
    static Path serverDir() {
        return dir().resolve("usr/servers").resolve(name());
    }

    /** The embedded MariaDB's socket: its own directory per HTTP port. */
    static Path databaseSocket() {
        return Path.of("/tmp/practica-" + URI.create(Api.BASE).getPort(), "mariadb.sock");
    }

    /** The embedded MariaDB of the server under test, signed in as the application with its generated password. */
    static Connection database() throws IOException, SQLException {
        String password = Files.readString(serverDir().resolve("data/database-password")).strip();
        return DriverManager.getConnection("jdbc:mariadb://localhost/practica?localSocket=" + databaseSocket(), "practica", password);
    }

    /** Stops the server hard (SIGKILL, as a power cut would), then starts it. */
    static void killAndRestart() throws IOException, InterruptedException {
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.endsWith(" " + name())
                        || c.contains("ws-server.jar") && c.contains(" " + name() + " ")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no running Liberty server named " + name()));
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().join();
        start();
    }

    /** Stops the server the ordinary way, then starts it: it reads server.env again. */
    static void restart() throws IOException, InterruptedException {
        assertEquals(0, command("stop"), "server stop");
        start();
    }

    private static void start() throws IOException, InterruptedException {
        assertEquals(0, command("start"), "server start");
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            try {
                if (Api.get("/health/ready", null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // connection refused while the server starts
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not come back within three minutes: " + List.of(dir(), name()));
    }

    /**
     * Sets these variables in server.env (replacing any of the same name; a null value removes
     * it), as an operator configures an installation, and restarts the server so it reads them.
     */
    static void restartWith(java.util.Map<String, String> variables) throws IOException, InterruptedException {
        java.nio.file.Path env = serverDir().resolve("server.env");
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.exists(env)
                ? java.nio.file.Files.readAllLines(env, java.nio.charset.StandardCharsets.UTF_8) : List.of());
        lines.removeIf(l -> variables.keySet().stream().anyMatch(k -> l.startsWith(k + "=")));
        variables.forEach((k, v) -> {
            if (v != null) {
                lines.add(k + "=" + v);
            }
        });
        java.nio.file.Files.write(env, lines, java.nio.charset.StandardCharsets.UTF_8);
        restart();
    }

    private static int command(String verb) throws IOException, InterruptedException {
        return new ProcessBuilder(dir().resolve("bin/server").toString(), verb, name())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
