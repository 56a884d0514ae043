package org.salus.assistant.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for rejections made before Spring MVC runs (the edge
 * filters, voice admission, the clinic endpoints' security chain).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** Headers already set (such as {@code WWW-Authenticate} or {@code Retry-After}) are kept. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(status, title, detail, null));
        response.flushBuffer();
    }

    /** The problem body; {@code instance} is left out when null. Titles and details are fixed texts, never user input. */
    public static String json(int status, String title, String detail, String instance) {
        StringBuilder out = new StringBuilder("{\"type\":\"about:blank\",\"title\":\"").append(escape(title))
                .append("\",\"status\":").append(status).append(",\"detail\":\"").append(escape(detail)).append('"');
        if (instance != null) {
            out.append(",\"instance\":\"").append(escape(instance)).append('"');
        }
        return out.append('}').toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
