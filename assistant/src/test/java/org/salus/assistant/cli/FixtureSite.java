package org.salus.assistant.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for medlineplus.gov: serves the project's own fixture files (src/test/resources/corpus-fetch)
 * over real HTTP on a free port, and remembers which paths were asked for.
 */
final class FixtureSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final List<String> requested = new CopyOnWriteArrayList<>();

    FixtureSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    /** Publishes fixture {@code fixture} as NLM's file of {@code date}, linked from {@code /xml.html}. */
    FixtureSite publish(String fixture, String date) {
        files.clear();
        files.put("/xml.html", resource("xml.html").replace("DATE", date).getBytes(StandardCharsets.UTF_8));
        files.put("/xml/mplus_topics_" + date + ".xml", resource(fixture).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    String indexUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xml.html";
    }

    static String resource(String name) {
        try (InputStream in = FixtureSite.class.getResourceAsStream("/corpus-fetch/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
