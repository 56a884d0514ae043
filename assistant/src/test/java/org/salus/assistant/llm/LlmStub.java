package org.salus.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
 * A scriptable stand-in for an LLM server on a random loopback port, speaking the OpenAI chat-completions API
 * ({@code POST /v1/chat/completions}, JSON or SSE chunks ending {@code data: [DONE]}) and Ollama's
 * {@code POST /api/chat} (JSON or NDJSON), so tests drive the real LangChain4j clients. Each test scripts the
 * reply as a function of the request; every request is recorded. Non-streamed replies can carry tool calls
 * (OpenAI {@code tool_calls} with JSON-text arguments, Ollama {@code tool_calls} with object arguments). A script that
 * throws is answered with HTTP 500.
 */
public final class LlmStub implements AutoCloseable {

    /** Answers with the whole prompt, system message first, as a model that leaks its instructions would. */
    public static final Function<LlmRequest, LlmReply> ECHO = r -> LlmReply.text(r.system() + "\n\n" + r.user());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PIECE = Pattern.compile("\\[|]|\\d+|[^\\[\\]\\d\\s]+\\s*|\\s+");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<LlmRequest> requests = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Function<LlmRequest, LlmReply> script = r -> LlmReply.status(503);

    private LlmStub(HttpServer server) {
        this.server = server;
    }

    public static LlmStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LlmStub stub = new LlmStub(server);
            server.createContext("/v1/chat/completions", e -> stub.handle(e, "openai"));
            server.createContext("/api/chat", e -> stub.handle(e, "ollama"));
            server.setExecutor(stub.threads);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base URL for LangChain4j's OpenAI client (it appends {@code /chat/completions}). */
    public String openAiBaseUrl() {
        return origin() + "/v1";
    }

    /** Base URL for LangChain4j's Ollama client (it appends {@code /api/chat}). */
    public String ollamaBaseUrl() {
        return origin();
    }

    private String origin() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** From now on every request is answered by {@code script}; earlier requests are forgotten. */
    public void script(Function<LlmRequest, LlmReply> script) {
        requests.clear();
        this.script = script;
    }

    public void replyText(Function<LlmRequest, String> text) {
        script(r -> LlmReply.text(text.apply(r)));
    }

    public void reply(LlmReply reply) {
        script(r -> reply);
    }

    /** Waits until no request of an earlier test is still being answered (a delayed reply, a stalled stream). */
    public void awaitIdle(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    public List<LlmRequest> requests() {
        return List.copyOf(requests);
    }

    public LlmRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("the LLM stub received no request");
        }
        return requests.getLast();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange, String api) {
        inFlight.incrementAndGet();
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "application/json", "{\"error\":\"method not allowed\"}");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            LlmRequest request = parse(api, body);
            requests.add(request);
            LlmReply reply;
            try {
                reply = script.apply(request);
            } catch (RuntimeException | AssertionError e) {
                reply = LlmReply.status(500);
            }
            Thread.sleep(reply.delay());
            if (reply.status() != 200) {
                send(exchange, reply.status(), "application/json",
                        "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}");
            } else if (reply.garbled()) {
                send(exchange, 200, request.stream() ? streamType(api) : "application/json",
                        request.stream() ? "data: {\"choices\": [{\"delta\": \n\n{oops\n" : "{\"choices\": [{\"message\": ");
            } else if (request.stream()) {
                stream(exchange, api, request.model(), reply);
            } else {
                send(exchange, 200, "application/json", complete(api, request.model(), reply));
            }
        } catch (IOException e) {
            // The client gave up (a timeout); nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static LlmRequest parse(String api, String body) throws IOException {
        JsonNode json = JSON.readTree(body);
        List<Map<String, String>> messages = new ArrayList<>();
        for (JsonNode m : json.path("messages")) {
            Map<String, String> message = new LinkedHashMap<>();
            message.put("role", m.path("role").asText());
            JsonNode content = m.path("content");
            if (content.isArray()) {
                StringBuilder text = new StringBuilder();
                content.forEach(part -> text.append(part.path("text").asText()));
                message.put("content", text.toString());
            } else {
                message.put("content", content.asText());
            }
            messages.add(message);
        }
        boolean stream = "ollama".equals(api) ? json.path("stream").asBoolean(true) : json.path("stream").asBoolean(false);
        return new LlmRequest(api, stream, json.path("model").asText(), List.copyOf(messages), body);
    }

    private static String streamType(String api) {
        return "openai".equals(api) ? "text/event-stream" : "application/x-ndjson";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String complete(String api, String model, LlmReply answer) throws IOException {
        ObjectNode reply = JSON.createObjectNode();
        boolean tools = !answer.toolCalls().isEmpty();
        if ("openai".equals(api)) {
            reply.put("id", "chatcmpl-stub").put("object", "chat.completion").put("created", 1_700_000_000L)
                    .put("model", model);
            ObjectNode choice = reply.putArray("choices").addObject().put("index", 0)
                    .put("finish_reason", tools ? "tool_calls" : "stop");
            ObjectNode message = choice.putObject("message").put("role", "assistant").put("content", answer.text());
            if (tools) {
                ArrayNode calls = message.putArray("tool_calls");
                for (int i = 0; i < answer.toolCalls().size(); i++) {
                    LlmReply.ToolCall call = answer.toolCalls().get(i);
                    calls.addObject().put("id", "call_" + i).put("type", "function")
                            .putObject("function").put("name", call.name()).put("arguments", call.arguments());
                }
            }
            reply.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        } else {
            ollamaChunk(reply, model, answer.text(), true);
            if (tools) {
                ArrayNode calls = ((ObjectNode) reply.path("message")).putArray("tool_calls");
                for (LlmReply.ToolCall call : answer.toolCalls()) {
                    calls.addObject().putObject("function").put("name", call.name()).set("arguments", JSON.readTree(call.arguments()));
                }
            }
        }
        return reply.toString();
    }

    private static void stream(HttpExchange exchange, String api, String model, LlmReply reply)
            throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", streamType(api));
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<String> pieces = pieces(reply.text());
        for (int i = 0; i < pieces.size(); i++) {
            if (i == reply.stallAfterPieces()) {
                Thread.sleep(reply.stall());
            }
            write(out, api, chunk(api, model, pieces.get(i), i == 0, false));
        }
        write(out, api, chunk(api, model, "", false, true));
        if ("openai".equals(api)) {
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** Splits text roughly the way tokenizers do, so citation markers arrive in pieces: "[", "1", "]". */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(text);
        while (m.find()) {
            pieces.add(m.group());
        }
        return pieces;
    }

    private static String chunk(String api, String model, String piece, boolean first, boolean last) {
        ObjectNode chunk = JSON.createObjectNode();
        if ("ollama".equals(api)) {
            return ollamaChunk(chunk, model, piece, last).toString();
        }
        chunk.put("id", "chatcmpl-stub").put("object", "chat.completion.chunk").put("created", 1_700_000_000L)
                .put("model", model);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (first) {
            delta.put("role", "assistant");
        }
        if (last) {
            choice.put("finish_reason", "stop");
        } else {
            delta.put("content", piece);
            choice.putNull("finish_reason");
        }
        return chunk.toString();
    }

    private static ObjectNode ollamaChunk(ObjectNode chunk, String model, String text, boolean done) {
        chunk.put("model", model).put("created_at", "2026-01-01T00:00:00Z");
        chunk.putObject("message").put("role", "assistant").put("content", text);
        chunk.put("done", done);
        if (done) {
            chunk.put("done_reason", "stop").put("total_duration", 1000).put("prompt_eval_count", 100)
                    .put("eval_count", 20);
        }
        return chunk;
    }

    private static void write(OutputStream out, String api, String json) throws IOException {
        String line = "openai".equals(api) ? "data: " + json + "\n\n" : json + "\n";
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
