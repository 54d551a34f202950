package org.practica.systemtest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every request body is bounded before it is read: 413 problem+json, and the heap does not notice. */
class RequestLimitsIT {

    @Test
    void eightHugeBodiesAtOnceAreRefusedWithoutBeingRead() throws Exception {
        List<CompletableFuture<String>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> declared("/api/v1/auth/token", 60L * 1024 * 1024)));
        }
        for (CompletableFuture<String> answer : sent) {
            String head = answer.get();
            assertTrue(head.startsWith("HTTP/1.1 413 "), head);
            assertTrue(head.contains("application/problem+json"), head);
        }
        assertEquals(200, Api.get("/health/ready", null).status(), "the server carries on");
    }

    @Test
    void aBodyWithoutADeclaredLengthIsCutOffAtItsCeiling() throws Exception {
        byte[] start = "{\"username\":\"".getBytes(StandardCharsets.US_ASCII);
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(start), new InputStream() {
            private long left = 3L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        });
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().map().toString());
    }

    @Test
    void aMalformedContentTypeGetsAProblemNotAPage() {
        Api.Reply r = Api.send(Api.request("/api/v1/auth/token", null).header("Content-Type", "garbage")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        Api.Reply none = Api.send(Api.request("/api/v1/auth/token", null).POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, none.status(), "no Content-Type at all: " + none.body());
        assertTrue(none.contentType().startsWith("application/problem+json"), none.contentType());
    }

    @Test
    void uploadsHaveTheirOwnLargerCeiling() {
        String trainer = Api.token("trainer", Api.DEMO_PASSWORD);
        String head = declared("/api/v1/courses/1/media?name=big.pdf", 12L * 1024 * 1024, trainer);
        assertTrue(head.startsWith("HTTP/1.1 413 "), "over the 10 MB of an attachment: " + head);
        head = declared("/api/v1/question-banks/1/imports?format=gift", 30L * 1024 * 1024, trainer);
        assertTrue(head.startsWith("HTTP/1.1 413 "), head);
    }

    private static String declared(String path, long length) {
        return declared(path, length, null);
    }

    /** Announces a body of the given length, sends a little of it, and reads the answer's head. */
    private static String declared(String path, long length, String token) {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[64 * 1024]);
            socket.getOutputStream().flush();
            // the head only: the server need not close the connection for the body it will not read
            StringBuilder answer = new StringBuilder();
            InputStream in = socket.getInputStream();
            for (int b = in.read(); b >= 0 && answer.indexOf("\r\n\r\n") < 0; b = in.read()) {
                answer.append((char) b);
            }
            return answer.toString().strip();
        } catch (IOException e) {
            throw new AssertionError("no answer on " + path + ": " + e, e);
        }
    }
}
