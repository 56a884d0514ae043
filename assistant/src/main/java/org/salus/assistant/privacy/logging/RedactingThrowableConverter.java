package org.salus.assistant.privacy.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's exception output (Boot's {@code %wEx} layout: a blank line before the trace), with every exception
 * message line redacted; stack frames are left as they are.
 */
public class RedactingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String trace = super.convert(event);
        if (trace == null || trace.isEmpty()) {
            return trace;
        }
        StringBuilder out = new StringBuilder(trace.length() + 2).append(System.lineSeparator());
        for (String line : trace.split("\\R", -1)) {
            String bare = line.stripLeading();
            boolean frame = bare.startsWith("at ") || bare.startsWith("... ") && bare.endsWith("more");
            out.append(frame ? line : LogScrubber.scrub(line)).append(System.lineSeparator());
        }
        out.setLength(out.length() - System.lineSeparator().length());
        return out.toString();
    }
}
