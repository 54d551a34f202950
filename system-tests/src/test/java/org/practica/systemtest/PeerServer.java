package org.practica.systemtest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A second Liberty server beside the one under test, sharing its database as a cluster's
 * instances share an external MariaDB: a copy of the test server's configuration and
 * application on another port, pointed at the first server's embedded MariaDB through
 * PRACTICA_DB_URL, with the same notes keys. Its jobs (mail sender, reminder rounds, sweeps) run
 * against the same rows at the same time as the first server's.
 */
final class PeerServer implements AutoCloseable {

    private static final String NAME = "practica-peer";
    private static final Set<String> NOT_COPIED = Set.of("data", "logs", "workarea", "tranlog", "server.env", "bootstrap.properties");

    final String base;
    private final Path dir;

    private PeerServer(String base, Path dir) {
        this.base = base;
        this.dir = dir;
    }

    /** Starts the peer with the first server's environment and these variables on top; returns once it is ready. */
    static PeerServer start(Map<String, String> variables) throws IOException, InterruptedException {
        Path first = ServerUnderTest.serverDir();
        Path dir = first.resolveSibling(NAME);
        deleteTree(dir);
        copyTree(first, dir);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.writeString(dir.resolve("bootstrap.properties"), "default.http.port=" + port + "\n");
        List<String> env = new ArrayList<>();
        Path firstEnv = first.resolve("server.env");
        String notesKeys = null;
        if (Files.exists(firstEnv)) {
            for (String line : Files.readAllLines(firstEnv, StandardCharsets.UTF_8)) {
                if (line.startsWith("PRACTICA_NOTES_KEYS=")) {
                    notesKeys = line.substring("PRACTICA_NOTES_KEYS=".length());
                } else if (line.startsWith("PRACTICA_") && variables.keySet().stream().noneMatch(k -> line.startsWith(k + "="))) {
                    env.add(line);
                }
            }
        }
        if (notesKeys == null) {
            notesKeys = Files.readString(first.resolve("data/notes-keys"), StandardCharsets.US_ASCII).strip();
        }
        env.add("PRACTICA_NOTES_KEYS=" + notesKeys);
        env.add("PRACTICA_DB_URL=jdbc:mariadb://localhost/practica?localSocket=" + ServerUnderTest.databaseSocket()
                + "&useServerPrepStmts=false&credentialType=PRACTICA_PASSWORD_FILE&passwordFile=" + first.resolve("data/database-password"));
        env.add("PRACTICA_DB_USER=practica");
        variables.forEach((k, v) -> env.add(k + "=" + v));
        Files.write(dir.resolve("server.env"), env, StandardCharsets.UTF_8);
        PeerServer peer = new PeerServer("http://localhost:" + port, dir);
        if (command("start") != 0) {
            throw new AssertionError("the peer server did not start");
        }
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            try {
                if (peer.get("/health/ready").statusCode() == 200) {
                    return peer;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            Thread.sleep(500);
        }
        peer.close();
        throw new AssertionError("the peer server was not ready within three minutes");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        command("stop");
        deleteTree(dir);
    }

    private static int command(String verb) throws IOException, InterruptedException {
        return new ProcessBuilder(ServerUnderTest.dir().resolve("bin/server").toString(), verb, NAME)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path relative = from.relativize(p);
                if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
