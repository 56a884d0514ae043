package org.salus.assistant.privacy.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogRedactionTest {

    private final LoggerContext context = new LoggerContext();

    @Test
    void messageConverterRedactsIdentifiers() {
        var converter = new RedactingMessageConverter();
        String line = converter.convert(event("Lookup failed for {} at {}", null, "jane.doe@example.com", "(415) 555-0142"));
        assertThat(line).doesNotContain("jane.doe").doesNotContain("555-0142").contains("Lookup failed for");
    }

    @Test
    void throwableConverterRedactsMessagesButKeepsFrames() {
        var converter = new RedactingThrowableConverter();
        converter.setContext(context);
        converter.start();
        var error = new IllegalArgumentException("bad value: SSN 219-09-9999 for Marisol Quintanilla");
        String trace = converter.convert(event("failed", error));
        assertThat(trace).doesNotContain("219-09-9999").doesNotContain("Quintanilla")
                .contains("IllegalArgumentException").contains("at org.salus.assistant.privacy.logging.LogRedactionTest");
    }

    @Test
    void plainLowercaseTextIsNotTouched() {
        assertThat(LogScrubber.suspicious("Started the audit writer")).isFalse();
        assertThat(LogScrubber.scrub("Started the audit writer")).isEqualTo("Started the audit writer");
        assertThat(LogScrubber.suspicious("Started Salus")).isTrue();
        assertThat(LogScrubber.suspicious("port 8080")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "org.springframework.web.servlet.DispatcherServlet, DEBUG, DENY",
            "org.springframework.web.filter.CommonsRequestLoggingFilter, TRACE, DENY",
            "org.apache.coyote.http11.Http11InputBuffer, DEBUG, DENY",
            "org.apache.tomcat.util.net.NioEndpoint, TRACE, DENY",
            "org.springframework.jdbc.core.StatementCreatorUtils, TRACE, DENY",
            "dev.langchain4j.http.client.log.LoggingHttpClient, INFO, DENY",
            "dev.langchain4j.http.client.log.LoggingHttpClient, WARN, NEUTRAL",
            "org.springframework.web.servlet.DispatcherServlet, INFO, NEUTRAL",
            "org.springframework.webflux.Other, DEBUG, NEUTRAL",
            "org.salus.assistant.chat.ChatService, DEBUG, NEUTRAL"})
    void contentLoggersCannotBeTurnedUp(String logger, String level, String reply) {
        FilterReply decided = new ContentLoggerCeiling().decide(null, context.getLogger(logger), Level.toLevel(level), "x", null, null);
        assertThat(decided).isEqualTo(FilterReply.valueOf(reply));
    }

    private LoggingEvent event(String format, Throwable error, Object... args) {
        Logger logger = context.getLogger("test");
        return new LoggingEvent("test", logger, Level.ERROR, format, error, args);
    }
}
