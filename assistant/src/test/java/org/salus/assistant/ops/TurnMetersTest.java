package org.salus.assistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salus.assistant.chat.ChatTurnCompleted;

class TurnMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TurnMeters meters = new TurnMeters(registry);

    @Test
    void countsTurnsByModeAndActionAndEscalationsByUrgency() {
        meters.on(turn("api", "instant", "escalate", "emergency", null));
        meters.on(turn("api", "instant", "refuse", null, null));
        meters.on(turn("stream", "thinking", "answer", "routine", null));

        assertThat(registry.get("salus.turns").tags("mode", "instant", "action", "escalate").counter().count()).isEqualTo(1);
        assertThat(registry.get("salus.turns").tags("channel", "stream", "mode", "thinking").counter().count()).isEqualTo(1);
        assertThat(registry.get("salus.escalations").tag("urgency", "emergency").counter().count()).isEqualTo(1);
        assertThat(registry.get("salus.refusals").counter().count()).isEqualTo(1);
        assertThat(registry.get("salus.turn.latency").timers()).isNotEmpty();
    }

    @Test
    void aFailedTurnCountsAsAnError() {
        meters.on(turn("api", "instant", null, null, "IllegalStateException"));
        assertThat(registry.get("salus.turns").tag("action", "error").counter().count()).isEqualTo(1);
    }

    @Test
    void neverTurnsAnUnexpectedValueIntoATag() {
        meters.on(turn("Jane Doe's phone", "call me on 555-0100", "my secret", "whatever she typed", null));
        List<String> values = registry.getMeters().stream().map(Meter::getId)
                .flatMap(id -> id.getTags().stream()).map(t -> t.getValue()).toList();
        assertThat(values).isNotEmpty().containsOnly("other");
    }

    private static ChatTurnCompleted turn(String channel, String mode, String action, String urgency, String error) {
        return new ChatTurnCompleted(Instant.now(), "session-1", channel, mode, "en", action, urgency, List.of(),
                "policy", List.of(), "extractive", 12, error);
    }
}
