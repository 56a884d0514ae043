package org.salus.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.salus.assistant.web.ApiException;

class TurnSlotsTest {

    @Test
    void refusesATurnPastTheBoundWith503AndFreesSlotsOnce() {
        TurnSlots slots = new TurnSlots(2);
        TurnSlots.Slot first = slots.take();
        slots.take();
        assertThatThrownBy(slots::take).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        first.close();
        first.close();
        assertThat(slots.free()).isEqualTo(1);
        slots.take();
        assertThat(slots.free()).isZero();
    }
}
