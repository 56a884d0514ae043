package org.salus.assistant.web;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to this server (CDS launch links, the Infobutton feed's {@code xml:base}, the SMART redirect): from
 * the configured {@code salus.public-base-url}, so a forged {@code Host} header cannot redirect them; without it, from
 * the request as Spring sees it (its own host, or what trusted proxies forward with
 * {@code server.forward-headers-strategy=native}).
 */
@Component
public class PublicUrls {

    private final String base;

    PublicUrls(@Value("${salus.public-base-url:}") String configured) {
        this.base = normalise(configured);
    }

    static String normalise(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String url = configured.strip().replaceAll("/+$", "");
        URI uri = URI.create(url);
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("salus.public-base-url must be an http(s) origin with an optional path, "
                    + "like https://salus.clinic.example");
        }
        return url;
    }

    /** The absolute URL of {@code path} (which starts with {@code /}) on this server. */
    public String to(String path) {
        return base != null ? base + path
                : ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    /** The configured base, when there is one. */
    public java.util.Optional<String> configured() {
        return java.util.Optional.ofNullable(base);
    }
}
