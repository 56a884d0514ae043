package org.salus.assistant.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import org.salus.assistant.chat.ChatTurnCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts chat turns by channel, mode and safety action, and escalations and refusals, from the content-free
 * {@link ChatTurnCompleted}; every tag value comes from a fixed list, so no user text or identifier becomes a tag.
 */
@Component
class TurnMeters {

    static final Set<String> CHANNELS = Set.of("api", "stream", "fhir", "cds", "infobutton");
    static final Set<String> MODES = Set.of("instant", "thinking", "contemplating");
    static final Set<String> ACTIONS = Set.of("answer", "escalate", "reframe", "refuse");
    static final Set<String> URGENCIES = Set.of("emergency", "urgent", "routine", "self_care", "none");

    private final MeterRegistry registry;

    TurnMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(ChatTurnCompleted turn) {
        String mode = known(turn.mode(), MODES);
        String action = turn.errorClass() != null ? "error" : known(turn.action(), ACTIONS);
        Counter.builder("salus.turns").description("Chat turns by channel, answer mode and safety action")
                .tag("channel", known(turn.channel(), CHANNELS)).tag("mode", mode).tag("action", action)
                .register(registry).increment();
        Timer.builder("salus.turn.latency").description("Time to complete a chat turn")
                .tag("mode", mode).publishPercentileHistogram()
                .register(registry).record(Duration.ofMillis(Math.max(0, turn.latencyMs())));
        if ("escalate".equals(action)) {
            Counter.builder("salus.escalations").description("Turns the guardrails escalated, by urgency")
                    .tag("urgency", known(turn.urgency(), URGENCIES)).register(registry).increment();
        } else if ("refuse".equals(action)) {
            Counter.builder("salus.refusals").description("Turns the guardrails refused")
                    .register(registry).increment();
        }
    }

    static String known(String value, Set<String> allowed) {
        if (value == null) {
            return "none";
        }
        return allowed.contains(value) ? value : "other";
    }
}
