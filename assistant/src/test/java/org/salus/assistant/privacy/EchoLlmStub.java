package org.salus.assistant.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** An OpenAI-compatible chat server that answers with the prompt it was sent, streaming or not: the worst-case LLM. */
final class EchoLlmStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;

    EchoLlmStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            StringBuilder prompt = new StringBuilder();
            request.path("messages").forEach(m -> prompt.append(m.path("content").asText()).append('\n'));
            String echo = echo(prompt.toString());
            boolean stream = request.path("stream").asBoolean(false);
            exchange.getResponseHeaders().add("Content-Type", stream ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                if (stream) {
                    for (String piece : echo.split("(?<=\\n)")) {
                        write(out, "data: " + chunk(piece, null) + "\n\n");
                    }
                    write(out, "data: " + chunk("", "stop") + "\n\ndata: [DONE]\n\n");
                } else {
                    ObjectNode reply = JSON.createObjectNode().put("id", "echo").put("object", "chat.completion")
                            .put("created", 0).put("model", "echo");
                    ObjectNode choice = reply.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
                    choice.putObject("message").put("role", "assistant").put("content", echo);
                    reply.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
                    write(out, JSON.writeValueAsString(reply));
                }
            }
        });
        server.start();
    }

    /** The question sent back as a cited sentence, then the first passage's text, which the verifier can keep. */
    static String echo(String prompt) {
        String question = between(prompt, "<question>\n", "\n</question>");
        String passage = between(prompt, "\">\n", "\n</passage>");
        return "You asked: " + question.replace('\n', ' ') + " [1]\n" + passage.replace('\n', ' ') + " [1]";
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = from < 0 ? -1 : text.indexOf(end, from + start.length());
        return to < 0 ? text : text.substring(from + start.length(), to);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private static String chunk(String content, String finish) throws IOException {
        ObjectNode chunk = JSON.createObjectNode().put("id", "echo").put("object", "chat.completion.chunk")
                .put("created", 0).put("model", "echo");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.putObject("delta").put("content", content);
        choice.put("finish_reason", finish);
        return JSON.writeValueAsString(chunk);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
