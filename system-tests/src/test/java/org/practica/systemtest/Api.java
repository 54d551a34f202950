package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the running test server; every call is a real request. */
final class Api {

    static final String BASE = System.getProperty("practica.test.url", "http://localhost:9080");
    static final String DEMO_PASSWORD = "practica-demo";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private Api() {
    }

    static Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    static Reply post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply upload(String path, String token, byte[] content) {
        return send(request(path, token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    static Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file the API answers with, as bytes; fails unless the answer is 200. */
    static byte[] download(String path, String token) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError(path + " answered " + r.statusCode() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A loopback address of a test's own, so that other tests' requests do not count against its per-address limits. */
    static String ownLoopbackAddress() {
        return "127.0." + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(250)) + "."
                + (2 + java.util.concurrent.ThreadLocalRandom.current().nextInt(250));
    }

    /**
     * A request sent from the given local address (the JDK's HTTP client cannot choose one), with a
     * JSON body when one is given: the status line (with a space after it) and the head.
     */
    static String[] sendFrom(String localAddress, String method, String path, String json) throws IOException {
        URI base = URI.create(BASE);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            byte[] body = json == null ? new byte[0] : json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n") + "\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String received = end < 0 ? answer : answer.substring(0, end);
            return new String[]{received.lines().findFirst().orElse("") + " ", received};
        }
    }

    static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    static String token(String username, String password) {
        Reply r = post("/api/v1/auth/token", null, credentials(username, password));
        if (r.status() != 200) {
            throw new AssertionError("no token for " + username + ": " + r.status() + " " + r.body());
        }
        return r.json().getString("token");
    }

    static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    /** Accepts the current privacy notice for the person, if they have one to accept (after showing it, a client would). */
    static void acceptNotice(String username, String password) {
        Reply signedIn = post("/api/v1/auth/token", null, credentials(username, password));
        if (signedIn.status() == 200 && signedIn.json().containsKey("noticeToAccept") && !signedIn.json().isNull("noticeToAccept")) {
            int version = signedIn.json().getInt("noticeToAccept");
            Reply accepted = post("/api/v1/me/notice-acceptances", signedIn.json().getString("token"), "{\"version\":" + version + "}");
            if (accepted.status() != 204) {
                throw new AssertionError("could not accept notice " + version + " for " + username + ": " + accepted.body());
            }
        }
    }

    /** Usernames differ per run, so tests hold on a database that keeps earlier runs' data. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a learner through the API as the demo admin and returns its username. */
    static String newLearner(String prefix, String password) {
        return newUser(prefix, password, "LEARNER", "Practica Demo Resource Centre");
    }

    /** Creates a user with one role in the named organisation and returns its username. */
    static String newUser(String prefix, String password, String role, String organisationName) {
        return newUser(prefix, password, role, organisationName, null);
    }

    /** The same, with the name the person is known by (otherwise "Test" and the username). */
    static String newUser(String prefix, String password, String role, String organisationName, String displayName) {
        String admin = token("admin", DEMO_PASSWORD);
        long organisation = get("/api/v1/admin/organisations", admin).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(organisationName))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String username = unique(prefix);
        Reply created = post("/api/v1/admin/users", admin, Json.createObjectBuilder()
                .add("username", username).add("displayName", displayName == null ? "Test " + username : displayName)
                .add("organisationId", organisation).add("roles", Json.createArrayBuilder().add(role))
                .add("password", password).build().toString());
        if (created.status() != 201) {
            throw new AssertionError("could not create " + username + ": " + created.body());
        }
        return username;
    }

    /** A learner with an e-mail address (so notices can be mailed to them), returning the username. */
    static String newMailableLearner(String prefix, String password, String address, String displayName) {
        return newMailableUser(prefix, password, address, displayName, "LEARNER");
    }

    /** The same, with another role. */
    static String newMailableUser(String prefix, String password, String address, String displayName, String role) {
        String admin = token("admin", DEMO_PASSWORD);
        long organisation = get("/api/v1/admin/organisations", admin).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Practica Demo Resource Centre")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String username = unique(prefix);
        Reply created = post("/api/v1/admin/users", admin, Json.createObjectBuilder().add("username", username)
                .add("displayName", displayName).add("email", address).add("organisationId", organisation)
                .add("roles", Json.createArrayBuilder().add(role)).add("password", password).build().toString());
        if (created.status() != 201) {
            throw new AssertionError("could not create " + username + ": " + created.body());
        }
        return username;
    }
}
