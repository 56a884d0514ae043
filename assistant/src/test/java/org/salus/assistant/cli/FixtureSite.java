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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for medlineplus.gov: serves the project's own fixture files (src/test/resources/corpus-fetch)
 * over real HTTP on a free port, and remembers which paths were asked for.
 */
final class FixtureSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final List<String> requested = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean stalling;

    FixtureSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            byte[] body = files.get(path);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    boolean stall = stalling && path.endsWith(".xml");
                    out.write(body, 0, stall ? body.length / 2 : body.length);
                    if (stall) {
                        out.flush();
                        released.await(30, TimeUnit.SECONDS);
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Publishes fixture {@code fixture} as NLM's file of {@code date}, linked from {@code /xml.html}. */
    FixtureSite publish(String fixture, String date) {
        files.clear();
        files.put("/xml.html", resource("xml.html").replace("DATE", date).getBytes(StandardCharsets.UTF_8));
        files.put("/xml/mplus_topics_" + date + ".xml", resource(fixture).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** From now on the topic file stops arriving half-way, as a stalled connection does. */
    FixtureSite stallDownloads() {
        stalling = true;
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
        released.countDown();
        server.stop(0);
    }
}
