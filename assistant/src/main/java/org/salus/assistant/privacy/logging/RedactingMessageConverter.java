package org.salus.assistant.privacy.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %m}, redacted: whatever user text slips into a log message leaves only placeholders. */
public class RedactingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogScrubber.scrub(super.convert(event));
    }
}
