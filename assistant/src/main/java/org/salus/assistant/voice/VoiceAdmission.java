package org.salus.assistant.voice;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import org.salus.assistant.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes one of the {@code salus.speech.max-concurrent} transcription slots before a voice upload is read: it runs ahead
 * of the dispatcher's multipart parsing, so a busy server answers 429 without reading or storing the upload. The slot
 * is held until the reply is written.
 */
final class VoiceAdmission extends OncePerRequestFilter {

    static final String PATH = "/api/transcribe";

    private final Semaphore slots;
    private final ApplicationEventPublisher events;

    VoiceAdmission(int maxConcurrent, ApplicationEventPublisher events) {
        this.slots = new Semaphore(maxConcurrent);
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().substring(request.getContextPath().length()).equals(PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!slots.tryAcquire()) {
            // The query string only: asking for a parameter would make the container parse the multipart body.
            String language = parameter(request.getQueryString(), "language");
            String session = parameter(request.getQueryString(), "sessionId");
            events.publishEvent(new AudioTranscribed(Instant.now(), session != null && session.length() <= 200 ? session : null,
                    "en".equals(language) || "es".equals(language) ? language : null, "rejected", "busy", 0));
            response.setHeader("Retry-After", "1");
            Problems.write(response, 429, "Busy", "Too many recordings are being transcribed. Please try again in a moment.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    int free() {
        return slots.availablePermits();
    }

    /** A query parameter's first value, decoded; null when absent or malformed. */
    static String parameter(String query, String name) {
        if (query == null || query.length() > 4096) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
