package org.salus.assistant.privacy.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.slf4j.Marker;

/**
 * Caps the loggers that can print request or response bodies, headers, prompts or SQL parameters, whatever level
 * an operator sets: HTTP servers and clients, Spring MVC and JDBC at INFO, LLM client wire logs at WARN.
 */
public class ContentLoggerCeiling extends TurboFilter {

    private static final List<String> INFO_MAX = List.of("org.springframework.web", "org.springframework.http",
            "org.springframework.jdbc", "org.springframework.boot.web", "org.springframework.boot.tomcat",
            "org.apache.coyote", "org.apache.tomcat", "org.apache.catalina", "org.apache.hc", "org.apache.http",
            "jdk.internal.httpclient", "okhttp3", "io.netty", "reactor.netty", "org.flywaydb", "com.zaxxer",
            "org.postgresql", "h2database", "org.h2", "com.fasterxml.jackson", "tools.jackson", "ca.uhn.fhir");
    private static final List<String> WARN_MAX = List.of("dev.langchain4j");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || logger == null) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        if (level.toInt() < Level.WARN_INT && under(name, WARN_MAX)) {
            return FilterReply.DENY;
        }
        return level.toInt() < Level.INFO_INT && under(name, INFO_MAX) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    static boolean under(String name, List<String> prefixes) {
        for (String p : prefixes) {
            if (name.startsWith(p) && (name.length() == p.length() || name.charAt(p.length()) == '.')) {
                return true;
            }
        }
        return false;
    }
}
