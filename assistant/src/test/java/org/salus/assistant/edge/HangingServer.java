package org.salus.assistant.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A language-model endpoint that accepts every connection and never answers: the provider that hangs. */
final class HangingServer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private HangingServer(ServerSocket server) {
        this.server = server;
    }

    static HangingServer start() {
        try {
            HangingServer hanging = new HangingServer(new ServerSocket(0));
            Thread.ofVirtual().start(hanging::accept);
            return hanging;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                held.add(server.accept());
            } catch (IOException e) {
                return;
            }
        }
    }

    String baseUrl() {
        return "http://localhost:" + server.getLocalPort() + "/v1";
    }

    /** Connections accepted so far: a turn is waiting for the model once this grows. */
    int connections() {
        return held.size();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}
