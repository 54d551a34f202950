package org.practica.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The line as a learner in a camp has it: up, down, or slow, set through Chromium's DevTools
 * protocol ({@code Network.emulateNetworkConditions}). The page and its service worker are each a
 * target of their own, and emulation on one does not reach the other; so this talks to the browser
 * itself, attaches to every page and service worker, now and as they start, and sets the same
 * conditions on each. Selenium's own DevTools classes are made for one Chromium version each;
 * the protocol's JSON is stable, so it is spoken directly.
 */
final class NetworkConditions implements AutoCloseable {

    /** A 2G line: 300 ms round trips, 250 kbit/s down, 50 kbit/s up. */
    static final Profile TWO_G = new Profile(false, 300, 250_000 / 8, 50_000 / 8);
    static final Profile OFFLINE = new Profile(true, 0, 0, 0);
    static final Profile UNTHROTTLED = new Profile(false, 0, -1, -1);

    record Profile(boolean offline, int latencyMs, int downloadBytesPerSecond, int uploadBytesPerSecond) {
        JsonObject params() {
            return Json.createObjectBuilder().add("offline", offline).add("latency", latencyMs)
                    .add("downloadThroughput", downloadBytesPerSecond).add("uploadThroughput", uploadBytesPerSecond).build();
        }
    }

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();   // session id -> target type
    private volatile Profile current = UNTHROTTLED;

    NetworkConditions(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        Map<String, Object> chrome = (Map<String, Object>) driver.getCapabilities().getCapability("goog:chromeOptions");
        String address = (String) chrome.get("debuggerAddress");
        HttpClient http = HttpClient.newHttpClient();
        try {
            String version = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/version")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String url = read(version).getString("webSocketDebuggerUrl");
            socket = http.newWebSocketBuilder().buildAsync(URI.create(url), new Listener()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no DevTools connection to Chromium at " + address, e);
        }
        call(null, "Target.setAutoAttach", Json.createObjectBuilder().add("autoAttach", true).add("waitForDebuggerOnStart", false)
                .add("flatten", true).build());
        call(null, "Target.setDiscoverTargets", Json.createObjectBuilder().add("discover", true).build());
        for (var target : call(null, "Target.getTargets", Json.createObjectBuilder().build()).getJsonArray("targetInfos")) {
            attach(target.asJsonObject());
        }
    }

    /** Sets the line for the page and its service worker, and for any that start later. */
    void set(Profile profile) {
        current = profile;
        for (var session : sessions.keySet()) {
            apply(session, profile, true);
        }
    }

    private void attach(JsonObject target) {
        String type = target.getString("type", "");
        if ((type.equals("page") || type.equals("service_worker")) && !target.getBoolean("attached", false)) {
            call(null, "Target.attachToTarget", Json.createObjectBuilder().add("targetId", target.getString("targetId"))
                    .add("flatten", true).build());
        }
    }

    private void apply(String session, Profile profile, boolean wait) {
        CompletableFuture<JsonObject> enabled = send(session, "Network.enable", Json.createObjectBuilder().build());
        CompletableFuture<JsonObject> set = send(session, "Network.emulateNetworkConditions", profile.params());
        if (wait) {
            try {
                enabled.get(10, TimeUnit.SECONDS);
                set.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // a target that went away in between (a page replaced) has nothing left to set
                sessions.remove(session);
            }
        }
    }

    private JsonObject call(String session, String method, JsonObject params) {
        try {
            return send(session, method, params).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method, e);
        }
    }

    private CompletableFuture<JsonObject> send(String session, String method, JsonObject params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        JsonObjectBuilder message = Json.createObjectBuilder().add("id", id).add("method", method).add("params", params);
        if (session != null) {
            message.add("sessionId", session);
        }
        synchronized (socket) {
            socket.sendText(message.build().toString(), true).join();
        }
        return answer;
    }

    private static JsonObject read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = read(partial.toString());
                partial.setLength(0);
                handle(message);
            }
            webSocket.request(1);
            return null;
        }

        private void handle(JsonObject message) {
            if (message.containsKey("id")) {
                CompletableFuture<JsonObject> answer = waiting.remove(message.getInt("id"));
                if (answer != null) {
                    if (message.containsKey("error")) {
                        answer.completeExceptionally(new IllegalStateException(message.get("error").toString()));
                    } else {
                        answer.complete(message.getJsonObject("result"));
                    }
                }
                return;
            }
            String method = message.getString("method", "");
            JsonObject params = message.getJsonObject("params");
            if (method.equals("Target.targetCreated")) {
                JsonObject info = params.getJsonObject("targetInfo");
                String type = info.getString("type", "");
                if (type.equals("page") || type.equals("service_worker")) {
                    send(null, "Target.attachToTarget", Json.createObjectBuilder().add("targetId", info.getString("targetId"))
                            .add("flatten", true).build());
                }
            } else if (method.equals("Target.attachedToTarget")) {
                String session = params.getString("sessionId");
                String type = params.getJsonObject("targetInfo").getString("type", "");
                if (type.equals("page") || type.equals("service_worker")) {
                    sessions.put(session, type);
                    // from the listener's thread: send without waiting for the answers
                    apply(session, current, false);
                }
            } else if (method.equals("Target.detachedFromTarget")) {
                sessions.remove(params.getString("sessionId"));
            }
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
}
