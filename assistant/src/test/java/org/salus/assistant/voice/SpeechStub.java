package org.salus.assistant.voice;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scriptable stand-in for a speech-to-text server on a random loopback port, speaking the OpenAI-compatible
 * transcription API ({@code POST /v1/audio/transcriptions}, multipart in, {@code {"text": …}} out) as whisper.cpp's
 * server does, so tests drive Salus's real HTTP client. Each test scripts the reply; every request is recorded.
 */
public final class SpeechStub implements AutoCloseable {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> script = r -> Reply.text("");

    /** One transcription request as the stub parsed it. */
    public record Request(String authorization, Map<String, String> fields, String fileName, String fileType, byte[] file) {}

    /** What the stub answers: a status, a body, after a delay. */
    public record Reply(int status, String contentType, String body, Duration delay) {

        public static Reply text(String text) {
            return new Reply(200, "application/json", "{\"text\": " + quoted(text) + "}", Duration.ZERO);
        }

        public static Reply status(int status) {
            return new Reply(status, "application/json", "{\"error\": {\"message\": \"stub failure\"}}", Duration.ZERO);
        }

        public static Reply raw(String contentType, String body) {
            return new Reply(200, contentType, body, Duration.ZERO);
        }

        public Reply after(Duration delay) {
            return new Reply(status, contentType, body, delay);
        }

        private static String quoted(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    private SpeechStub(HttpServer server) {
        this.server = server;
    }

    public static SpeechStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SpeechStub stub = new SpeechStub(server);
            server.createContext("/v1/audio/transcriptions", stub::handle);
            server.setExecutor(stub.threads);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The origin, as {@code salus.speech.base-url} takes it. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** From now on every request is answered by {@code script}; earlier requests are forgotten. */
    public void script(Function<Request, Reply> script) {
        requests.clear();
        this.script = script;
    }

    public void reply(Reply reply) {
        script(r -> reply);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("the speech stub received no request");
        }
        return requests.getLast();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Request request = parse(exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            requests.add(request);
            Reply reply = script.apply(request);
            Thread.sleep(reply.delay());
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException e) {
            // The client gave up (a timeout); nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Request parse(String authorization, String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundary.find()) {
            return new Request(authorization, Map.of(), null, null, new byte[0]);
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.US_ASCII);
        Map<String, String> fields = new LinkedHashMap<>();
        String fileName = null;
        String fileType = null;
        byte[] file = new byte[0];
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length + 2;
            int next = indexOf(body, delimiter, start);
            if (next < 0 || start > body.length) {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), start);
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next - 2);
            Matcher name = NAME.matcher(headers);
            Matcher fileNameMatch = FILE_NAME.matcher(headers);
            if (fileNameMatch.find()) {
                fileName = fileNameMatch.group(1);
                fileType = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                        .map(l -> l.substring(13).strip()).findFirst().orElse(null);
                file = content;
            } else if (name.find()) {
                fields.put(name.group(1), new String(content, StandardCharsets.UTF_8));
            }
            at = next;
        }
        return new Request(authorization, Map.copyOf(fields), fileName, fileType, file);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
