package org.salus.assistant.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.salus.assistant.web.BodyTooLarge;
import org.salus.assistant.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps each request body by endpoint before it is read: a declared length over the cap is refused with 413 at
 * once, and a body without one (chunked) is cut off when it passes the cap. Multipart bodies are refused except
 * by the voice endpoint when voice input is on, so no other endpoint ever parses an upload.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    static final String VOICE_PATH = "/api/transcribe";

    private final long maxBody;
    private final long maxChatBody;
    private final long maxVoiceBody;
    private final String voiceTooLarge;

    /**
     * {@code maxVoiceBody} is 0 when voice input is off; {@code voiceTooLarge} is the voice endpoint's own words for
     * a recording over its limit. A recording sent as the whole body is left to that endpoint, which checks its
     * declared length before reading it; only its multipart form is refused here, before it is parsed.
     */
    BodyLimitFilter(long maxBody, long maxChatBody, long maxVoiceBody, String voiceTooLarge) {
        this.maxBody = maxBody;
        this.maxChatBody = maxChatBody;
        this.maxVoiceBody = maxVoiceBody;
        this.voiceTooLarge = voiceTooLarge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean voice = path.equals(VOICE_PATH) && maxVoiceBody > 0;
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/") && !voice) {
            Problems.write(response, 415, "Unsupported Media Type",
                    "Uploads (multipart bodies) are accepted only by /api/transcribe, and only when voice input is on.");
            return;
        }
        long cap = voice ? maxVoiceBody : path.startsWith("/api/chat") ? maxChatBody : maxBody;
        boolean multipart = type.startsWith("multipart/");
        if (request.getContentLengthLong() > cap && (!voice || multipart)) {
            Problems.write(response, 413, "Content Too Large", voice ? voiceTooLarge
                    : "The request body is larger than this endpoint accepts (" + cap / 1024 + " KB).");
            return;
        }
        chain.doFilter(new Capped(request, cap), response);
    }

    private static final class Capped extends HttpServletRequestWrapper {

        private final long cap;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long cap) {
            super(request);
            this.cap = cap;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), cap);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = StandardCharsets.UTF_8;
            try {
                charset = encoding == null ? charset : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                // An unknown or malformed charset name: read as UTF-8, and a body that is not fails as bad JSON.
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long cap;
        private long read;

        CountingStream(ServletInputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > cap) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
